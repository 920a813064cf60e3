/** Importing an article into the workspace. */
package com.claimboard.article.ui;
