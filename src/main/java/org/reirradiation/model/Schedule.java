package org.reirradiation.model;

/** Fractionation pattern of a course; BID means two fractions a day. */
public enum Schedule {
    DAILY, BID, EVERY_OTHER_DAY, TWICE_WEEKLY, FOUR_TIMES_WEEKLY, SPLIT_COURSE
}
