/** Accounts, roles, sign-in and the security configuration of the whole application. */
package com.claimboard.account;
