package com.claimboard.duplicates;

import com.claimboard.claim.matching.MiniLmEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sentence encoder the finder uses: the model (loaded once for the process at the first match: about a second,
 * about 130 MB off the heap), its vectors kept by text so that a rebuild encodes only new words.
 */
@Configuration
class SentenceModel {

    @Bean(destroyMethod = "close")
    VectorCache sentenceEncoder() {
        return new VectorCache(MiniLmEncoder::new);
    }
}
