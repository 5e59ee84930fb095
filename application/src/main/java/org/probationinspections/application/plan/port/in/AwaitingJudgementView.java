package org.probationinspections.application.plan.port.in;

/**
 * An item of an action plan whose actions are all reported done and which has no follow-up
 * judgement yet: the plan, its region, the item's number and how many actions it has.
 */
public record AwaitingJudgementView(String planId, String region, int item, int actions) {}
