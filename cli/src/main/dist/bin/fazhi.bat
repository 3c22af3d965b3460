@echo off
rem fazhi on Windows: starts the command line with the Java options of lib\jvm.properties, as
rem bin/fazhi does on Linux and macOS. Java 17 or later: %JAVA_HOME%\bin\java.exe, else java on
rem PATH. FAZHI_JAVA_OPTS: Java options of your own, which come last and win (e.g. -Xmx2g).
rem Kept to ASCII up to the code page switch: cmd reads each line in the code page of the moment.
setlocal EnableExtensions DisableDelayedExpansion

rem fazhi writes UTF-8: the console shows it with code page 65001, restored at the end
set "oldcp="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "oldcp=%%c"
if defined oldcp set "oldcp=%oldcp: =%"
if defined oldcp set "oldcp=%oldcp:.=%"
chcp 65001 >nul

for %%h in ("%~dp0..") do set "home=%%~fh"
set "jar=%home%\fazhi.jar"
set "policy=%home%\lib\jvm.properties"

rem The command, the language of messages (--lang) and the weighted size of a check's inputs in
rem KB (JvmPolicy.size): every file below the paths given, a workbook or web page (the weighted
rem extensions) counting weight times its bytes. A file of 1 GB or more makes the check large at
rem once (set /a counts to 2^31 only).
set "command=%~1"
set "english="
set "previous="
set "skip="
set "rules="
set "kb=0"
set "big="
if not exist "%policy%" goto incomplete
if not exist "%jar%" goto incomplete
for /f "usebackq eol=# tokens=1,* delims==" %%a in ("%policy%") do set "policy_%%a=%%b"
set "weight=%policy_workbook_weight%"

:scan
if "%~1"=="" goto scanned
set "arg=%~1"
shift
if /i "%arg%"=="--lang=en" set "english=1"
if /i "%previous%"=="--lang" if /i "%arg%"=="en" set "english=1"
set "previous=%arg%"
if /i "%arg%"=="--rules" set "rules=1"
if /i "%arg:~0,8%"=="--rules=" set "rules=1"
if defined skip (set "skip=" & goto scan)
if "%arg%"=="-o" (set "skip=1" & goto scan)
if "%arg%"=="--output" (set "skip=1" & goto scan)
if "%arg:~0,1%"=="-" goto scan
if not "%command%"=="check" goto scan
if exist "%arg%\*" goto scanDirectory
if not exist "%arg%" goto scan
setlocal EnableDelayedExpansion
for %%f in ("!arg!") do (
  set "z=%%~zf"
  set "w=1"
  for %%e in (%policy_weighted_extensions%) do if /i "%%~xf"==".%%e" set "w=%weight%"
  if "!z:~9!"=="" (set /a "kb+=!z!/1024*!w!") else set "big=1"
)
endlocal & set "kb=%kb%" & set "big=%big%"
goto scan
:scanDirectory
setlocal EnableDelayedExpansion
for /r "!arg!" %%f in (*) do (
  set "z=%%~zf"
  set "w=1"
  for %%e in (%policy_weighted_extensions%) do if /i "%%~xf"==".%%e" set "w=%weight%"
  if "!z:~9!"=="" (set /a "kb+=!z!/1024*!w!") else set "big=1"
)
endlocal & set "kb=%kb%" & set "big=%big%"
goto scan
:scanned

set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if not "%java%"=="java" goto found
where java >nul 2>nul || goto nojava
:found

set "gc=%policy_small%"
set "heap=%policy_small_heap%"
if /i "%command%"=="generate" goto large
if /i "%command%"=="bench" goto large
if not "%command%"=="check" goto sized
if defined big goto large
set /a "limit=%policy_quick_start_max_bytes%/1024"
if %kb% GTR %limit% goto large
goto sized
:large
set "gc=%policy_large%"
set "heap=%policy_large_heap%"
:sized
rem A heap of your own replaces the policy's heap and young generation, which might not fit in it.
if not defined FAZHI_JAVA_OPTS goto optioned
echo(%FAZHI_JAVA_OPTS%| findstr /i /c:"-Xmx" /c:"-XX:MaxHeapSize=" >nul && set "heap="
:optioned

rem picocli's classes are Java 5 class files: the class data archive cannot hold them, and the
rem application's class loader checks each with the old verifier at every start. Appended to the
rem boot class path they are trusted, as the JDK's own are: they come from this installation.
rem (A harmless property in the option's place when the jar is missing: an empty argument would
rem stop java.)
set "bootoption=-Dfazhi.boot=none"
for %%p in ("%home%\lib\picocli-*.jar") do set "bootoption=-Xbootclasspath/a:%%~fp"

rem The class data sharing archive in the user's cache (it halves the start-up time), named by
rem the jar's size and time and by those of java.exe: a new jar gets an archive of its own,
rem recorded by a check without --rules (Java 17 fails archiving the classes of rules compiled
rem at run time), and so does another Java, which ignores without a word an archive that
rem another Java build recorded.
set "cache=%LOCALAPPDATA%\fazhi"
if not defined LOCALAPPDATA set "cache=%TEMP%\fazhi"
if not exist "%cache%" mkdir "%cache%" >nul 2>nul
set "javafile=%java%"
if "%java%"=="java" for %%j in (java.exe) do set "javafile=%%~$PATH:j"
for %%j in ("%jar%") do set "stamp=%%~zj-%%~tj"
for %%j in ("%javafile%") do set "stamp=%stamp%-%%~zj-%%~tj"
set "stamp=%stamp:/=%"
set "stamp=%stamp::=%"
set "stamp=%stamp: =%"
set "stamp=%stamp:.=%"
set "cds=%cache%\fazhi-%stamp%.jsa"
set "record=%cds%.%RANDOM%.tmp"
set "cdsoption=-XX:SharedArchiveFile=%cds%"
if exist "%cds%" (set "record=" & goto cdsChosen)
set "cdsoption=-XX:ArchiveClassesAtExit=%record%"
if defined rules goto noArchive
if not "%command%"=="check" goto noArchive
goto cdsChosen
:noArchive
rem a harmless property in the archive option's place: an empty argument would stop java
set "cdsoption=-Dfazhi.cds=none"
set "record="
:cdsChosen

rem fazhi deletes the marker just before it exits with a code of its own (LaunchMarker): a JVM
rem that cannot start exits with 1 too, which is not "findings".
set "marker=%cache%\started.%RANDOM%%RANDOM%"
type nul > "%marker%" 2>nul

"%java%" %policy_common% %gc% %heap% "%bootoption%" %FAZHI_JAVA_OPTS% "%cdsoption%" "-Dfazhi.launch.marker=%marker%" -jar "%jar%" %*
set "code=%ERRORLEVEL%"
if defined record if exist "%record%" move /y "%record%" "%cds%" >nul 2>nul
if defined record if exist "%record%" del "%record%" >nul 2>nul
if not "%code%"=="1" goto done
if not exist "%marker%" goto done
if defined english (
  echo fazhi: Java could not start or run fazhi ^(its message is above^): check the options in FAZHI_JAVA_OPTS and that "%java%" is Java 17 or later. 1>&2
) else (
  echo fazhi: Java 未能启动或运行 fazhi（原因见上方 Java 的提示）：请检查 FAZHI_JAVA_OPTS 中的选项，并确认使用 Java 17 或更高版本（"%java%"）。 1>&2
)
set "code=2"
goto done

:nojava
if defined english (
  echo fazhi: no Java found: fazhi needs Java 17 or later; install it and put java on PATH, or set JAVA_HOME. 1>&2
) else (
  echo fazhi: 未找到 Java：fazhi 需要 Java 17 或更高版本，请安装后把 java 加入 PATH，或设置 JAVA_HOME。 1>&2
)
set "code=2"
goto done

:incomplete
echo fazhi: 安装不完整：缺少 "%jar%" 或 "%policy%"，请重新解压发行包。 · The installation is incomplete: unpack the distribution again. 1>&2
set "code=2"

:done
if defined marker del "%marker%" >nul 2>nul
if defined oldcp chcp %oldcp% >nul
endlocal & exit /b %code%
