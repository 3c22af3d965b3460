package org.fazhi.check;

import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.RuleEngine;

/**
 * What every check needs of fazhi's own, whatever its inputs and options: the rule catalogue, the
 * official calendar and the built-in rule base with what its first session loads (a {@code --rules}
 * pack is compiled beside it and {@code --only}/{@code --skip} filter its rules, so neither changes
 * it). A check's command line can start loading them ahead, on a thread of their own, while it is
 * still being parsed and the inputs are being read: the start-up's largest costs then overlap on
 * a second core.
 */
public final class BuiltIns {
    private BuiltIns() {
    }

    /**
     * Starts loading them on a daemon thread (which does not keep the process alive). Whoever
     * needs one later waits for it; a load that failed fails there, for the caller, with the
     * same exception as without this (see {@link org.fazhi.config.LoadOnce}).
     */
    public static void loadAhead() {
        Thread thread = new Thread(BuiltIns::load, "fazhi-built-ins");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            Catalogue.builtIn();
            CalendarLoader.official();
            RuleEngine.openFirstSession();
        } catch (RuntimeException | Error e) {
            // kept by LoadOnce and thrown again to the check that asks for what failed
        }
    }
}
