package com.claimboard.publishing;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedArticleRepository extends JpaRepository<PublishedArticle, Long> {}
