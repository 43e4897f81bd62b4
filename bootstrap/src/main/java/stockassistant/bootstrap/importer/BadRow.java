package stockassistant.bootstrap.importer;

import stockassistant.adapters.web.codec.SourceItem;

/** A row that holds no valid record, and the line that says where and why. */
record BadRow(SourceItem item, String message) {}
