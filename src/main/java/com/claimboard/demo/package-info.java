/** Demo data for the demo profile: accounts, the seed article, and one claim carried to publication. */
package com.claimboard.demo;
