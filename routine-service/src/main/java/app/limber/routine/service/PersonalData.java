package app.limber.routine.service;

import app.limber.routine.persistence.CoachInvitation;
import app.limber.routine.persistence.CoachingGrant;
import app.limber.routine.persistence.TrainingSession;

import java.util.List;

/**
 * Everything routine holds about one user: their routines (deleted ones too, whose content is kept for the plans and
 * sessions naming them), plans with pauses, sessions, and both sides of coaching.
 */
public record PersonalData(String userId, List<ExpandedRoutine> routines, List<ExpandedRoutine> deletedRoutines,
                           List<PlanWithPauses> plans, List<TrainingSession> sessions,
                           List<CoachingGrant> coaches, List<CoachingGrant> athletes,
                           List<CoachInvitation> invitations) {
}
