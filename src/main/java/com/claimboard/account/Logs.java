package com.claimboard.account;

/** What a person typed, made safe to write in a log line: no line breaks or control characters, bounded. */
final class Logs {

    private Logs() {}

    static String safe(String typed) {
        if (typed == null) {
            return "";
        }
        String cleaned = typed.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 100 ? cleaned : cleaned.substring(0, 100) + "…";
    }
}
