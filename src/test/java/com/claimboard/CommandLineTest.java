package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void extract_prints_one_object_per_file_keyed_by_the_path_as_given() throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, resource("pages/news-article.html"));
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(resource("pages/news-article.html"));
        }

        JsonNode result = run(
                "extract",
                page.toString(),
                gz.toString(),
                dir.resolve("missing.html").toString());

        for (Path file : new Path[] {page, gz}) {
            JsonNode article = result.get(file.toString());
            assertThat(article.get("title").asString()).startsWith("La dette publique");
            assertThat(article.get("siteName").asString()).isEqualTo("Le Quotidien");
            assertThat(article.get("articleBody").asString().split("\n")).hasSize(2);
        }
        assertThat(result.get(dir.resolve("missing.html").toString()).has("error"))
                .isTrue();
    }

    @Test
    void split_prints_sentences_whose_text_is_exactly_their_span() throws IOException {
        Path text = dir.resolve("seed.txt");
        Files.write(text, resource("seed/seed-article.txt"));
        String content = Files.readString(text);

        JsonNode result = run("split", "--lang", "auto", text.toString());

        assertThat(result.get("lang").asString()).isEqualTo("fr");
        assertThat(result.get("sentences")).hasSize(10);
        for (JsonNode sentence : result.get("sentences")) {
            assertThat(content.substring(
                            sentence.get("start").asInt(), sentence.get("end").asInt()))
                    .isEqualTo(sentence.get("text").asString());
            assertThat(sentence.get("checkworthiness").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(result.get("sentences").get(1).get("speaker").asString()).isEqualTo("le Kremlin");
    }

    @Test
    void split_lines_scores_each_line_as_one_sentence() throws IOException {
        Path text = dir.resolve("debate.tsv");
        Files.writeString(text, "Thank you.\nWe created 2 million jobs. More than anyone.\n");

        JsonNode sentences =
                run("split", "--lang", "en", "--lines", text.toString()).get("sentences");

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).get("text").asString()).isEqualTo("We created 2 million jobs. More than anyone.");
    }

    @Test
    void a_wrong_call_prints_the_usage_and_exits_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(
                new String[] {"split"},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private static JsonNode run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CommandLineTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
