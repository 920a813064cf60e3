/** The claim splitter: sentences, speakers and check-worthiness, in plain Java with no framework inside. */
@org.springframework.modulith.NamedInterface("splitting")
package com.claimboard.claim.splitting;
