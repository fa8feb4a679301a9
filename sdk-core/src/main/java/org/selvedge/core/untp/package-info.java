/** Mapping provenance records to UN Transparency Protocol 0.6.0 credentials (internal). */
package org.selvedge.core.untp;
