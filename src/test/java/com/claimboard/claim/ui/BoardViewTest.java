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

    private static java.util.List<ClaimSummary> rows(BoardView board) {
        int size = GridKt._size(board.grid);
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> GridKt._get(board.grid, i))
                .toList();
    }
}
