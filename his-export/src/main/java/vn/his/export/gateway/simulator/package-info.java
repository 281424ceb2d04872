/**
 * A local stand-in for the BHXH gateway on a loopback port, for tests and the demo profile: login, check-in,
 * dossier and card check answered like the real API (CV 1245/BHXH-CNTT §I), with the checks a gateway makes on
 * what it receives (session, form fields, base64, secure XML parsing, root element, signature in CHUKYDONVI, totals)
 * and switchable faults (latency, HTTP 500, timeouts, refused sessions, garbage replies).
 */
package vn.his.export.gateway.simulator;
