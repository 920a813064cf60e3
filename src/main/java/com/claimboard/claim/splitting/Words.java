package com.claimboard.claim.splitting;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence lower-cased and cut into words once, for the speaker patterns and the scorer alike: runs of letters,
 * with apostrophes and hyphens kept inside a word ("s'est", "peut-être").
 */
record Words(String lower, Set<String> set) {

    static Words of(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length()
                    && (Character.isLetter(lower.charAt(i))
                            || (start >= 0 && (lower.charAt(i) == '\'' || lower.charAt(i) == '-')));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return new Words(lower, words);
    }

    /** Whether one of {@code wanted} is a word here, or a part of one ("dit" in "dit-il", "a" in "l'a"). */
    boolean containsAny(Set<String> wanted) {
        for (String word : set) {
            if (wanted.contains(word)) {
                return true;
            }
            if (word.indexOf('-') >= 0 || word.indexOf('\'') >= 0) {
                for (String part : word.split("['-]")) {
                    if (wanted.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
