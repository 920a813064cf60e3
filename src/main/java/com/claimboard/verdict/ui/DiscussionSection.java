package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.discussion.CommentView;
import com.claimboard.discussion.DiscussionService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim's discussion: comments oldest first, with their times in the reader's zone and language; the
 * reader's own can be edited or deleted (earlier wordings are kept). {@code @username} mentions stand out.
 */
class DiscussionSection extends VerticalLayout {

    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9._-]{1,49})");

    private final DiscussionService discussion;
    private final AccountService accounts;
    private final VerticalLayout thread = new VerticalLayout();
    final TextArea newComment = new TextArea();
    private long claimId;
    /** The comment the reader is rewording, if any. */
    private Long editing;

    DiscussionSection(DiscussionService discussion, AccountService accounts) {
        this.discussion = discussion;
        this.accounts = accounts;
        setPadding(false);
        setId("discussion");
        thread.setPadding(false);
        thread.setSpacing(false);
        newComment.setLabel(getTranslation("discussion.new"));
        newComment.setPlaceholder(getTranslation("discussion.placeholder"));
        newComment.setWidthFull();
        newComment.setId("discussion-new");
        LimitedFields.limit(newComment, DiscussionService.BODY);
        Button post = new Button(getTranslation("discussion.post"), click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        post.setId("discussion-post");
        add(new H3(getTranslation("discussion.heading")), thread, newComment, post);
    }

    /** Someone changed the claim: the thread is drawn again, unless the reader is rewording a comment. */
    void showLive() {
        if (editing == null) {
            show(claimId);
        }
    }

    void show(long claimId) {
        this.claimId = claimId;
        this.editing = null;
        thread.removeAll();
        var comments = discussion.thread(claimId);
        if (comments.isEmpty()) {
            thread.add(Badges.emptyState(this, "discussion.empty"));
        }
        comments.forEach(comment -> thread.add(row(comment)));
    }

    private Div row(CommentView comment) {
        Div row = new Div();
        row.addClassName("comment");
        row.setId("comment-" + comment.id());
        Paragraph meta = new Paragraph(accounts.displayName(comment.author()) + " · "
                + ReaderTime.dateTime(this, comment.createdAt())
                + (comment.edited() ? " · " + getTranslation("discussion.edited") : ""));
        meta.addClassName("muted");
        row.add(meta);
        if (comment.deleted()) {
            Paragraph gone = new Paragraph(getTranslation("discussion.deleted"));
            gone.addClassName("muted");
            row.add(gone);
            return row;
        }
        Paragraph body = body(comment);
        row.add(body);
        if (comment.mine()) {
            Button edit = new Button(getTranslation("discussion.edit"), click -> edit(comment, row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("comment-edit-" + comment.id());
            Button delete = new Button(getTranslation("discussion.delete"), click -> {
                if (Messages.attempt(this, () -> discussion.delete(comment.id(), comment.version()))) {
                    show(claimId);
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.setId("comment-delete-" + comment.id());
            row.add(new HorizontalLayout(edit, delete));
        }
        return row;
    }

    /** The text as text, with the mentions that name an account marked. */
    private Paragraph body(CommentView comment) {
        Paragraph body = new Paragraph();
        body.getStyle().set("white-space", "pre-wrap");
        Matcher matcher = MENTION.matcher(comment.body());
        int at = 0;
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
            if (comment.mentions().contains(name)) {
                body.add(new Text(comment.body().substring(at, matcher.start())));
                Span mention = new Span(matcher.group());
                mention.addClassName("mention");
                body.add(mention);
                at = matcher.end();
            }
        }
        body.add(new Text(comment.body().substring(at)));
        return body;
    }

    private void edit(CommentView comment, Div row) {
        editing = comment.id();
        row.removeAll();
        TextArea words = new TextArea(getTranslation("discussion.edit"));
        words.setValue(comment.body());
        words.setWidthFull();
        words.setId("comment-words-" + comment.id());
        LimitedFields.limit(words, DiscussionService.BODY);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                discussion.edit(comment.id(), comment.version(), words.getValue());
                show(claimId);
            } catch (DomainRuleViolation refused) {
                Messages.report(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("comment-save-" + comment.id());
        row.add(words, new HorizontalLayout(save, new Button(getTranslation("action.cancel"), click -> show(claimId))));
        words.focus();
    }

    private void post() {
        try {
            discussion.post(claimId, newComment.getValue());
            newComment.clear();
            show(claimId);
        } catch (DomainRuleViolation refused) {
            Messages.report(this, refused);
        }
    }
}
