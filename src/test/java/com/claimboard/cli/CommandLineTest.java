package com.claimboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    void english_is_also_scored_by_meaning_unless_asked_for_words_only() throws IOException {
        Path text = dir.resolve("lines.txt");
        Files.writeString(text, "The hospital turned away 1,200 patients last winter, the regional audit found.\n");

        JsonNode byMeaning = run("split", "--lang", "en", "--lines", text.toString())
                .get("sentences")
                .get(0);
        JsonNode byWords = run("split", "--lang", "en", "--lines", "--words-only", text.toString())
                .get("sentences")
                .get(0);

        assertThat(byMeaning.get("reasons").toString()).contains("claim-like");
        assertThat(byWords.get("reasons").toString()).doesNotContain("claim-like");
        assertThat(byMeaning.get("checkworthiness").asDouble())
                .isNotEqualTo(byWords.get("checkworthiness").asDouble());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "split",
                "extract",
                "extract --threads x page.html",
                "extract --threads 0 page.html",
                "bench --rounds 0 extract page.html",
                "bench --rounds many split page.html",
                "bench translate page.html",
                "split --lang de page.html",
                "split --colour page.html",
                "frobnicate",
                "match queries.tsv",
                "match --claims claims.tsv --top 0 queries.tsv"
            })
    void a_wrong_call_prints_the_usage_and_exits_2_without_a_stack_trace(String call) {
        Result result = call(call.split(" "));

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void match_prints_the_best_checked_claims_per_query_in_trec_format() throws IOException {
        Path claims = dir.resolve("verified.tsv");
        java.nio.file.Files.writeString(claims, """
                \tvclaim\ttitle
                7\tThe new bridge cost 3 billion euros to build.\tDid the bridge cost 3 billion?
                8\tLes loyers ont doublé en dix ans dans la capitale.\tLes loyers ont-ils doublé ?
                9\tWolves attacked 500 hikers in the national park.\t
                """);
        Path queries = dir.resolve("queries.tsv");
        java.nio.file.Files.writeString(queries, """
                \ttweet_content
                1\tBuilding that bridge by the national park cost three billion euros! https://t.co/x
                2\tLe loyer a doublé dans la capitale depuis dix ans
                """);
        Result result = call("match", "--claims", claims.toString(), "--top", "2", "--words-only", queries.toString());

        assertThat(result.code()).as(result.err()).isZero();
        List<String[]> lines =
                result.out().lines().map(line -> line.split("\t")).toList();
        // The first query shares words with two claims, the second with one: no line for a claim sharing none.
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("1", "Q0", "7", "1");
        assertThat(lines.get(0)[5]).isEqualTo("claimboard");
        assertThat(lines.get(1)).startsWith("1", "Q0", "9", "2");
        assertThat(Double.parseDouble(lines.get(0)[4])).isGreaterThan(Double.parseDouble(lines.get(1)[4]));
        assertThat(lines.get(2)).startsWith("2", "Q0", "8", "1");

        // With the sentence model (the default) every query gets its two best, the right one first.
        Result both = call("match", "--claims", claims.toString(), "--top", "2", queries.toString());
        assertThat(both.code()).as(both.err()).isZero();
        List<String[]> read = both.out().lines().map(line -> line.split("\t")).toList();
        assertThat(read).hasSize(4);
        assertThat(read.get(0)).startsWith("1", "Q0", "7", "1");
        assertThat(read.get(2)).startsWith("2", "Q0", "8", "1");

        // A quoted field may hold a line break and a tab, as spreadsheets write them.
        java.nio.file.Files.writeString(claims, """
                \tvclaim\ttitle
                7\t"The new bridge cost 3 billion
                euros to build, said the ""mayor""."\tBridge
                9\tWolves attacked 500 hikers in the national park.\t
                """);
        Result quoted = call("match", "--claims", claims.toString(), "--top", "1", queries.toString());
        assertThat(quoted.out().lines()).first().asString().startsWith("1\tQ0\t7\t1\t");

        JsonNode bench = run("match", "--claims", claims.toString(), "--bench", "2", queries.toString());
        assertThat(bench.get("claims").asInt()).isEqualTo(2);
        assertThat(bench.get("queries").asInt()).isEqualTo(2);
        assertThat(bench.get("p95Millis").asDouble()).isNotNegative();

        java.nio.file.Files.writeString(claims, "\tvclaim\ttitle\nno-tab-here\n");
        Result refused = call("match", "--claims", claims.toString(), queries.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("verified.tsv line 2").doesNotContain("\tat ");
    }

    @Test
    void a_missing_file_exits_1_with_a_message_and_no_stack_trace() {
        Result result = call("split", dir.resolve("missing.txt").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("claimboard:", "missing.txt").doesNotContain("\tat ");
    }

    @Test
    @Timeout(60)
    void a_gzip_bomb_is_refused_at_the_limit_instead_of_unpacked_whole() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MB once unpacked, about 64 KB on disk
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        JsonNode result = run("extract", bomb.toString());

        assertThat(result.get(bomb.toString()).get("error").asString()).contains("larger than 20 MB");
    }

    @Test
    @Timeout(30)
    void reading_stops_at_the_limit_even_when_the_input_never_ends() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return length;
            }
        };

        assertThatThrownBy(() -> InputFiles.readAtMost(endless, 1 << 20, "endless"))
                .isInstanceOf(InputFiles.InputTooLarge.class)
                .hasMessageContaining("larger than 1 MB");
    }

    private record Result(int code, String out, String err) {}

    private static Result call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ClaimboardCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode run(String... args) {
        Result result = call(args);
        assertThat(result.code()).as(result.err()).isZero();
        return JsonMapper.builder().build().readTree(result.out());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CommandLineTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
