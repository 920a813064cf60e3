/** The safe fetcher: fetches user-given URLs with jsoup without ever reaching a private address. */
package com.claimboard.shared.fetching;
