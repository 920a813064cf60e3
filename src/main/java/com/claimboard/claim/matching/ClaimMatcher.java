package com.claimboard.claim.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds, among the checked claims it was given, those most like a new one: BM25 (Lucene's) over each claim's
 * words and its fact-check's title, each read in English and in French, the claim's fields weighted above the
 * title's. Built once over all the claims (in memory); {@link #match} may then be called from many threads.
 */
public final class ClaimMatcher {

    /** Terms read from one query per field at most: a long card is matched on its first words' worth. */
    static final int MAX_TERMS_PER_FIELD = 120;

    private static final String ID = "id";
    private static final Map<String, Float> FIELDS =
            Map.of("claim_en", 1.0f, "claim_fr", 1.0f, "title_en", 0.6f, "title_fr", 0.6f);

    private final IndexSearcher searcher;
    private final int size;

    public ClaimMatcher(List<CheckedClaim> claims) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(
                MatchingText.ENGLISH, Map.of("claim_fr", MatchingText.FRENCH, "title_fr", MatchingText.FRENCH));
        IndexWriterConfig config = new IndexWriterConfig(perField).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (CheckedClaim claim : claims) {
                Document document = new Document();
                document.add(new StoredField(ID, claim.id()));
                String text = MatchingText.clean(claim.text());
                String title = MatchingText.clean(claim.title());
                document.add(new TextField("claim_en", text, Field.Store.NO));
                document.add(new TextField("claim_fr", text, Field.Store.NO));
                document.add(new TextField("title_en", title, Field.Store.NO));
                document.add(new TextField("title_fr", title, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the checked claims", e);
        }
        this.searcher.setSimilarity(new BM25Similarity());
        this.size = claims.size();
    }

    /** How many checked claims it matches against. */
    public int size() {
        return size;
    }

    /** The {@code count} checked claims most like {@code text}, best first; none when it has no word to match. */
    public List<ClaimMatch> match(String text, int count) {
        String clean = MatchingText.clean(text == null ? "" : text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Analyzer analyzer = field.getKey().endsWith("_fr") ? MatchingText.FRENCH : MatchingText.ENGLISH;
            Set<String> terms = MatchingText.terms(analyzer, field.getKey(), clean);
            int taken = 0;
            for (String term : terms) {
                if (taken++ == MAX_TERMS_PER_FIELD) {
                    break;
                }
                query.add(
                        new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0 || count <= 0 || size == 0) {
            return List.of();
        }
        try {
            ScoreDoc[] found = searcher.search(query.build(), count).scoreDocs;
            List<ClaimMatch> matches = new ArrayList<>(found.length);
            for (ScoreDoc hit : found) {
                String id = searcher.storedFields().document(hit.doc).get(ID);
                matches.add(new ClaimMatch(id, hit.score));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the checked claims", e);
        }
    }
}
