/**
 * The JSON API for other systems under {@code /api}: an input adapter like the views, calling input
 * ports only. HTTP Basic against the same accounts and permissions (ApiSecurityConfiguration), errors as
 * RFC 9457 problem details (ApiProblems), documented by springdoc at {@code /api/docs}.
 */
package com.pingyi.evaluation.ui.api;
