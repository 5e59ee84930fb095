package org.probationinspections.web.pages;

/** What an error page shows. */
public record ErrorPage(int status, String title, String detail) {}
