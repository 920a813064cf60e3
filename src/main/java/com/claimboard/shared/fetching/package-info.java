/** The safe fetcher: fetches user-given URLs without ever reaching a private address, connecting only to the addresses it checked. */
package com.claimboard.shared.fetching;
