package com.claimboard.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The check at start: a kind of entity whose documents went missing from the index is indexed again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class IndexAtStartTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    IndexAtStart indexAtStart;

    @Autowired
    SearchIndex index;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void documents_missing_from_the_index_are_indexed_again_from_the_database() throws InterruptedException {
        workflow.card("The tidal mill of Plouguerneau ground flour until 1962, the parish register says.");
        SearchIndexedEntity<?> cards = Search.mapping(entityManagers).indexedEntity("ClaimCard");
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            var workspace = Search.session(entityManager).workspace(cards.javaClass());
            workspace.purge();
            workspace.refresh();
        } finally {
            entityManager.close();
        }
        SignIn.as("admin", "ADMIN");
        assertThat(index.counts()).containsEntry("ClaimCard", 0L);

        indexAtStart.run(new DefaultApplicationArguments());

        assertThat(index.counts().get("ClaimCard")).isPositive();
        SignIn.as("omar", "REVIEWER");
        assertThat(context.getBean(com.claimboard.claim.ClaimService.class).search("tidal mill plouguerneau", 5))
                .hasSize(1);
    }
}
