package com.claimboard.claim;

import com.claimboard.claim.matching.MiniLmEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process's one sentence encoder, for the splitter (English sentences' likeness to claims) and the duplicate
 * finder: the model (loaded once, at the first sentence: about a second, about 130 MB off the heap), its vectors
 * kept by text, so that a card the splitter has read is not encoded again when the finder matches it, and a
 * rebuild of the finder encodes only new words.
 */
@Configuration
class SentenceModel {

    @Bean(destroyMethod = "close")
    VectorCache sentenceEncoder() {
        return new VectorCache(MiniLmEncoder::new);
    }
}
