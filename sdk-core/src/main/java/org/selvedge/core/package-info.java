/**
 * The Selvedge entry point: {@link org.selvedge.core.Selvedge} reads records, checks claims,
 * signs and verifies credentials. Start there.
 */
package org.selvedge.core;
