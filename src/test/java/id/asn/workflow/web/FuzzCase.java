package id.asn.workflow.web;

import id.asn.workflow.support.RawHttp;

/** One malformed request and what it is meant to break. */
record FuzzCase(String label, RawHttp.Request request) {

  static FuzzCase of(String label, RawHttp.Request request) {
    return new FuzzCase(label, request);
  }
}
