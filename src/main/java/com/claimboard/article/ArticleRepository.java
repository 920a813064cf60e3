package com.claimboard.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findFirstByContentHash(String contentHash);

    Optional<Article> findFirstByUrl(String url);

    List<Article> findAllByOrderByImportedAtDesc();
}
