package com.claimboard.shared.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The index follows the database on every commit; at start it is checked against it, and each kind of entity
 * whose documents do not match the rows in number is indexed again from the database (a new install, an
 * upgrade that added an index or the date field, a deleted index folder). Nothing is lost either way: the database is the truth.
 */
@Component
public class IndexAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexAtStart.class);

    /** The property {@code java -jar claimboard.jar reindex} sets: rebuild everything, then stop. */
    public static final String REINDEX = "claimboard.search.reindex-and-exit";

    private final EntityManagerFactory entityManagers;
    private final SearchIndex index;
    private final org.springframework.core.env.Environment environment;

    IndexAtStart(
            EntityManagerFactory entityManagers,
            SearchIndex index,
            org.springframework.core.env.Environment environment) {
        this.entityManagers = entityManagers;
        this.index = index;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (environment.getProperty(REINDEX, Boolean.class, false)) {
            SearchIndex.Rebuilt rebuilt = index.rebuildAll();
            System.out.println("Search index rebuilt in " + rebuilt.took().toMillis() + " ms: " + rebuilt.documents());
            return;
        }
        for (SearchIndexedEntity<?> entity : Search.mapping(entityManagers).allIndexedEntities()) {
            try {
                check(entity);
            } catch (SearchException e) {
                // A cluster that is down (the elasticsearch profile) does not keep the desk from starting: the
                // work is saved in the database, search answers again once the index is reachable.
                log.error(
                        "The search index could not be checked for {}: {}. Search answers again once the index is"
                                + " reachable; an admin can rebuild it from the Index screen.",
                        entity.jpaName(),
                        e.getMessage());
            }
        }
    }

    private void check(SearchIndexedEntity<?> entity) throws InterruptedException {
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            SearchSession session = Search.session(entityManager);
            long stored = entityManager
                    .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                    .getSingleResult();
            // A document from before the date facet lacks its field: it counts as missing, so an upgraded install
            // is indexed again rather than leaving old results out of every period.
            boolean dated =
                    entity.indexManager().descriptor().field(Period.FIELD).isPresent();
            long indexed = session.search(entity.javaClass())
                    .where(f -> dated ? f.exists().field(Period.FIELD) : f.matchAll())
                    .fetchTotalHitCount();
            if (stored != indexed) {
                log.info(
                        "Indexing {} for search: {} in the database, {} in the index",
                        entity.jpaName(),
                        stored,
                        indexed);
                session.massIndexer(entity.javaClass()).threadsToLoadObjects(1).startAndWait();
            }
        } finally {
            entityManager.close();
        }
    }
}
