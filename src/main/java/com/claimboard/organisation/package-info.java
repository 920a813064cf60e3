/** The organisation's identity: name, web address, logo, contact and methodology, as the public site shows them. */
package com.claimboard.organisation;
