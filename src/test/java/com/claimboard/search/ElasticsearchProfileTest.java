package com.claimboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.shared.search.Analysis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The elasticsearch profile, booted for real but with no cluster to reach (none can run on the build machine): the
 * index layout it would create is exported and read. Every text field names an analyser the profile defines, with
 * the same names as the embedded index's, every filter an analyser uses is defined or built into the engine, and
 * the stop words are the embedded index's lists, whole. Against a live cluster the same settings are checked by
 * Hibernate Search at start ({@code create-or-validate}).
 */
@SpringBootTest(
        properties = {
            // Nothing listens there: the node must start anyway, and say the index could not be checked.
            "CLAIMBOARD_ELASTICSEARCH_HOSTS=127.0.0.1:9",
            "spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19",
            "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
            "CLAIMBOARD_ELASTICSEARCH_SCHEMA=none",
            "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false",
            "spring.jpa.properties.hibernate.search.backend.directory.type="
        })
@ActiveProfiles({"test", "elasticsearch"})
class ElasticsearchProfileTest {

    /** Filters and tokenizers the engine knows without being told. */
    private static final Set<String> BUILT_IN = Set.of("standard", "lowercase", "asciifolding", "porter_stem");

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void every_index_uses_only_analysers_the_profile_defines(@TempDir Path export) throws IOException {
        Search.mapping(entityManagers).scope(Object.class).schemaManager().exportExpectedSchema(export);

        List<JsonNode> indexes = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(export)) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals("create-index.json"))
                    .toList()) {
                indexes.add(json.readTree(file.toFile()));
            }
        }
        assertThat(indexes)
                .as("claim cards, sources, verdicts, articles, fact-checks")
                .hasSize(5);
        for (JsonNode index : indexes) {
            JsonNode analysis = index.path("settings").path("analysis");
            Set<String> analysers = new HashSet<>();
            analysis.path("analyzer").properties().forEach(entry -> analysers.add(entry.getKey()));
            assertThat(analysers).contains(Analysis.ENGLISH, Analysis.FRENCH, Analysis.NAME);
            Set<String> filters = new HashSet<>(BUILT_IN);
            analysis.path("filter").properties().forEach(entry -> filters.add(entry.getKey()));
            analysis.path("analyzer").forEach(analyser -> {
                assertThat(BUILT_IN).contains(analyser.path("tokenizer").asText());
                analyser.path("filter").forEach(filter -> assertThat(filters).contains(filter.asText()));
            });
            Set<String> used = analysersUsed(index.path("mappings"));
            assertThat(used).as("every index has text fields").isNotEmpty();
            for (String name : used) {
                assertThat(analysers).as("an analyser the mapping names").contains(name);
            }
            JsonNode englishStop = analysis.path("filter").path("claimboard_english_stop");
            assertThat(englishStop.path("stopwords"))
                    .extracting(JsonNode::asText)
                    .contains("the", "ourselves");
            JsonNode frenchStop = analysis.path("filter").path("claimboard_french_stop");
            assertThat(frenchStop.path("stopwords"))
                    .extracting(JsonNode::asText)
                    .contains("le", "même", "étions");
            assertThat(analysis.path("filter").path("claimboard_french_elision").path("articles"))
                    .extracting(JsonNode::asText)
                    .contains("l", "qu", "jusqu");
        }
    }

    private static Set<String> analysersUsed(JsonNode node) {
        Set<String> used = new HashSet<>();
        if (node.isObject()) {
            if (node.has("analyzer")) {
                used.add(node.get("analyzer").asText());
            }
            if (node.has("search_analyzer")) {
                used.add(node.get("search_analyzer").asText());
            }
            node.forEach(child -> used.addAll(analysersUsed(child)));
        }
        return used;
    }
}
