/** The jar's command line: the text engines run without the server, for batch work and benchmarks. */
package com.claimboard.cli;
