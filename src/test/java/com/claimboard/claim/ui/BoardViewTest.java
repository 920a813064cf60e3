package com.claimboard.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.claimboard.verdict.Rating;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;

class BoardViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.claimboard.claim.ClaimService claims;

    @Test
    void the_board_filters_cards_by_state_and_assignee() {
        var proposed =
                workflow.proposed("Unemployment is at its lowest since 1982.", Rating.MOSTLY_TRUE, "Close: 1983.");
        ClaimSummary untouched = workflow.card("Wages grew 4 percent this year.");
        signIn("omar", "REVIEWER");
        navigate("app");
        BoardView board = _get(BoardView.class);

        @SuppressWarnings("unchecked")
        ComboBox<ClaimState> state = _get(ComboBox.class, spec -> spec.withId("filter-state"));
        state.setValue(ClaimState.IN_REVIEW);
        assertThat(rows(board))
                .extracting(ClaimSummary::id)
                .contains(proposed.claimId())
                .doesNotContain(untouched.id());
        assertThat(rows(board)).allMatch(card -> card.state() == ClaimState.IN_REVIEW);

        state.clear();
        @SuppressWarnings("unchecked")
        ComboBox<String> assignee = _get(ComboBox.class, spec -> spec.withId("filter-assignee"));
        assignee.setValue(BoardView.UNASSIGNED);
        assertThat(rows(board))
                .extracting(ClaimSummary::id)
                .contains(untouched.id())
                .doesNotContain(proposed.claimId());

        assignee.setValue("rita");
        assertThat(rows(board)).isNotEmpty().allMatch(card -> "rita".equals(card.assignee()));
    }

    @Test
    void the_board_filters_by_due_date_and_marks_overdue_cards() {
        ClaimSummary late = workflow.card("Hospital waiting lists fell by half this year.");
        ClaimSummary later = workflow.card("The new bridge will open in March.");
        java.time.LocalDate today = java.time.LocalDate.now();
        com.claimboard.support.SignIn.as("eddie", "EDITOR", "REVIEWER");
        claims.assign(late.id(), late.version(), "rita", today.minusDays(1));
        claims.assign(later.id(), later.version(), "omar", today.plusDays(10));
        signIn("eddie", "EDITOR", "REVIEWER");
        navigate("app");
        BoardView board = _get(BoardView.class);

        board.due.setValue(DueFilter.OVERDUE);
        assertThat(rows(board)).extracting(ClaimSummary::id).contains(late.id()).doesNotContain(later.id());
        assertThat(rows(board)).allMatch(card -> card.overdue(today));
        board.due.setValue(DueFilter.THIS_WEEK);
        assertThat(rows(board)).extracting(ClaimSummary::id).contains(late.id()).doesNotContain(later.id());
        board.due.clear();
        assertThat(rows(board)).extracting(ClaimSummary::id).contains(late.id(), later.id());
        assertThat(board.grid.getPartNameGenerator().apply(claims.claim(late.id())))
                .isEqualTo("overdue");
        assertThat(board.grid.getPartNameGenerator().apply(claims.claim(later.id())))
                .isNull();
    }

    private static java.util.List<ClaimSummary> rows(BoardView board) {
        int size = GridKt._size(board.grid);
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> GridKt._get(board.grid, i))
                .toList();
    }
}
