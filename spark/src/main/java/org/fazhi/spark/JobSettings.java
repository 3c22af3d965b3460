package org.fazhi.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The options of a run as given, paths as text: what the driver hands to every executor, which
 * loads the rules, parameters, calendar and mapping from them itself ({@link Setup}). The paths
 * must therefore name the same files on every machine (a shared file system, or files that
 * {@code spark-submit --files}/{@code --archives} placed in each working directory).
 *
 * @param inputs   files and directories to read
 * @param asOf     the date the check is made on (ISO), or null for today
 * @param params   rule parameter overrides, or null
 * @param mapping  header and value mapping, or null
 * @param rules    rule pack directories
 * @param calendar holidays laid over the built-in calendar, or null
 * @param only     rule IDs or prefixes to run only
 * @param skip     rule IDs or prefixes to skip
 * @param failOn   the gate's threshold (error, warning, info, never)
 */
record JobSettings(List<String> inputs, String asOf, String params, String mapping, List<String> rules,
                   String calendar, List<String> only, List<String> skip, String failOn) implements Serializable {

    JobSettings {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        only = List.copyOf(only);
        skip = List.copyOf(skip);
    }
}
