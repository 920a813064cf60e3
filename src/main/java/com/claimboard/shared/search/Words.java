package com.claimboard.shared.search;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** What a person types in a search box, as a predicate: every word must be found in one of the fields. */
public final class Words {

    private Words() {}

    /** Simple query syntax ("quotes" for a phrase), every word required, in any of {@code fields}. */
    public static SearchPredicate all(SearchPredicateFactory f, String query, String... fields) {
        return f.simpleQueryString()
                .fields(fields)
                .matching(query)
                .defaultOperator(BooleanOperator.AND)
                .toPredicate();
    }
}
