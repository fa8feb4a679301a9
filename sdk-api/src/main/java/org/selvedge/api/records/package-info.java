/** Provenance records: the wire format of {@code record-format.md} as immutable Java values. */
package org.selvedge.api.records;
