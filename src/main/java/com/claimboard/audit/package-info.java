/** The audit trail: every workflow move of every claim, with who, when, from, to and why. */
package com.claimboard.audit;
