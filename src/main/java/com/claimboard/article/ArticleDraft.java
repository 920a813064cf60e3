package com.claimboard.article;

import java.time.LocalDate;

/** What a reviewer gives to import an article by pasting it. Only title and text are required. */
public record ArticleDraft(String title, String text, String url, String outlet, LocalDate publishedOn) {}
