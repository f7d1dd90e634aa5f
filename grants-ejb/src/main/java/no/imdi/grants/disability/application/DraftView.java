package no.imdi.grants.disability.application;

/** A draft application with its health information, for the municipality's own form. */
public record DraftView(ApplicationView application, HealthInformation health) {}
