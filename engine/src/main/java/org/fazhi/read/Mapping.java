package org.fazhi.read;

/** TEMPORARY stand-in until the reader lands. */
public final class Mapping {
    public static Mapping none() {
        return new Mapping();
    }
}
