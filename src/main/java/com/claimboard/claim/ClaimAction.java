package com.claimboard.claim;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a claim card: the moves of its workflow and the edits of its words. {@link ClaimCard}
 * says which of them a person may take now; the history records them by {@link #code()}.
 */
public enum ClaimAction {
    TAKE("assign"),
    /** An editor gives the card to a reviewer, or to another one, optionally with a due date. */
    ASSIGN("assign-to"),
    /** The assignee (or an editor) gives the card back for someone else to take; its state and work stay. */
    RELEASE("release"),
    DISMISS("dismiss"),
    /**
     * A reviewer closes a card whose claim the desk already checked: set aside like a dismissal, its reason
     * naming the earlier fact-check and its verdict (the matching module says which; it checks the link).
     */
    CLOSE_AS_CHECKED("close-as-checked"),
    RESTORE("restore"),
    REWORD("reword"),
    SPLIT("split"),
    MERGE("merge"),
    /** Who made the claim, when and where: a reviewer confirms or corrects the splitter's suggestion. */
    DESCRIBE("describe"),
    /** Attach sources and draft the verdict: the assignee's work while the card is in research. */
    RESEARCH("research"),
    PROPOSE("propose"),
    PROPOSE_CORRECTION("propose-correction"),
    /** An editor opens a published fact-check for correction: back to research, the public page unchanged. */
    REOPEN("reopen"),
    RESUME("resume"),
    REQUEST_CHANGES("request-changes"),
    PUBLISH("publish"),
    WITHDRAW("withdraw"),
    /** What happens to the card taken in by a merge: a consequence, never a person's choice. */
    MERGED_INTO("merged-into"),
    /** A source removed from the claim, recorded in its history (the source module decides who may). */
    REMOVE_SOURCE("remove-source");

    /** The actions a person chooses; {@link ClaimCard#allowedActions} answers among these. */
    static final Set<ClaimAction> CHOSEN = EnumSet.complementOf(EnumSet.of(MERGED_INTO, REMOVE_SOURCE));

    private final String code;

    ClaimAction(String code) {
        this.code = code;
    }

    /** The name the history stores. */
    public String code() {
        return code;
    }

    /** Whether the history records this action (research is what happens between moves, not a move). */
    public boolean recorded() {
        return this != RESEARCH;
    }

    /** The history's wording: "took the claim". */
    public String historyKey() {
        return "history.action." + code;
    }

    public static ClaimAction ofCode(String code) {
        return Arrays.stream(values())
                .filter(action -> action.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim action " + code));
    }
}
