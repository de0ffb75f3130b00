<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../integration_journal/ui/help.py" line="+183"/>
        <source>About Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private, encrypted journal for ketamine-assisted therapy. A companion to care, not a crisis service: nobody reads your journal unless you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running on Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with these projects, with thanks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt and PySide6 are used under the LGPL-3.0; you may replace them with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherenceStrip</name>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/adherence_strip.py" line="+21"/>
        <source>The last four weeks, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One square per day, today last. Filled: checked off. Faint: before this commitment started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done on {done} of the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../integration_journal/ui/prompt_wizard/answer_editor.py" line="+43"/>
        <source>Anything else (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write as much or as little as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyStatus</name>
    <message>
        <location filename="../../integration_journal/ui/widgets/form_parts.py" line="+74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapsLockHint</name>
    <message>
        <location filename="../../integration_journal/ui/passphrase_widgets.py" line="+60"/>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../integration_journal/ui/settings_dialog.py" line="+97"/>
        <location line="+26"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your recovery kit keeps working after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase change message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase was changed. Use the new one next time you unlock. Your recovery kit still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/checkin_models.py" line="+38"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (with a note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/checkins.py" line="+119"/>
        <location line="+1"/>
        <source>Check-ins and questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+358"/>
        <location line="+8"/>
        <location line="+32"/>
        <location line="+70"/>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-467"/>
        <source>An app check-in: quick personal ratings for your own trends. It is not a validated clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Unfinished check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continu&amp;e it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unfinished check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iscard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unfinished check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How is your mood today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How anxious or on edge do you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad is your pain right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well did you sleep last night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 very badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave pain out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave sleep quality out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you would like to remember about this day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+288"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save check-in (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mood: how is your mood today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nxiety: how anxious or on edge do you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pain: how bad is your pain right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep hou&amp;rs last night (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Sleep q&amp;uality: how well did you sleep last night? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check-in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent check-ins (choose one to edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Validated questionnaires your clinician may ask about. Your answers stay in your journal unless you choose to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questionnaire history to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questionnaire history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+342"/>
        <source>&amp;Mark as baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Mark the selected response as baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes are measured from the baseline: the first complete response, unless you mark another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>A check-in for this day is saved. Changes update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in for this day yet. Mood and anxiety are needed; the rest is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check-in you were editing has unsaved changes. Save them before going to another day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check-in you started is not complete yet: mood and anxiety are needed to save it. Go to another day and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mood and anxiety are needed to save a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The check-in could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A check-in for {day} was not finished when the journal locked. Its values were kept, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your unfinished check-in is back. Mood and anxiety are needed to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The unfinished check-in could not be removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No {name} answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No complete response yet, so no baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: {total}, a change of {points}{percent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Un&amp;mark baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="+420"/>
        <location line="+28"/>
        <source>Your clinic (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Clinic or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <source>&amp;Clinic or therapist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>P&amp;hone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can leave both empty, and change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your practice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its name and phone number, kept in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you add your clinic&apos;s or therapist&apos;s name and phone number, the app keeps them at hand next to the crisis lines and in your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/insights_models.py" line="+195"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/commitments_tab.py" line="+52"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>No commitments yet. A commitment is a small practice you&apos;d like to carry into daily life — ten minutes outside, a call to a friend each week. Check it off when you do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No commitments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ten minutes outside each morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integration domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rhythm: how often you&apos;d like to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rh&amp;ythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (untick to pause it; its check-offs stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to pause it; its check-offs stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Check-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another d&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another day to check off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the chosen day as done, or not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the last four weeks went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by the rhythm you chose. A week or month that is still going only counts what you&apos;ve done so far, and there are no streaks to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the commitment to start checking it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this commitment have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete commitment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment and its check-offs? If you only want a break from it, you can untick “Active” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Done on 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on {count} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to count yet: this started only recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done {done} of the {expected} times your rhythm asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark as not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only today or earlier days can be checked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice: please describe the practice in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practice: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <location filename="../../integration_journal/ui/main_window/countdown_banner.py" line="+17"/>
        <location line="+4"/>
        <source>Lock countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Locking in {seconds} s — move the mouse or press a key to stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-168"/>
        <source>Your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Another country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not now — I can choose it later in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It stays in your journal on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your country lets the app show the crisis lines and emergency number for where you practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your country lets the app show the right crisis lines and emergency number, should you ever look for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJournalDialog</name>
    <message>
        <location filename="../../integration_journal/ui/create_dialog.py" line="+134"/>
        <source>Create your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;reate journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a copy — &amp;continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I have a copy of the recovery kit, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back to the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reminder helper could not be turned on. {reason} You can try again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-128"/>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is making the keys that protect your journal. This is slow on purpose, which makes your passphrase far harder to guess, and takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer&apos;s speed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protecting your journal with your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal was not created. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../integration_journal/ui/widgets/date_field.py" line="+103"/>
        <location line="+11"/>
        <source>“{text}” is not a date. Type it as {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Please give the year with all four digits ({hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>“{text}” is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{day} can&apos;t be chosen: the last day here is {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} can&apos;t be chosen: the first day here is {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type the date as {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{why} The date is still {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierVersionsDialog</name>
    <message>
        <location filename="../../integration_journal/ui/pages/journal/earlier_versions_dialog.py" line="+31"/>
        <location line="+6"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each time you save, the version before is kept here. Restoring one keeps the current version here too, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../integration_journal/ui/journal_models.py" line="+101"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n comment(s) from your therapist</source>
        <translation>
            <numerusform>%n comment from your therapist</numerusform>
            <numerusform>%n comments from your therapist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <location filename="../../integration_journal/ui/main_window/entry_list_page.py" line="+31"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No entries yet. Entries you write will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/models.py" line="+118"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../integration_journal/ui/import_export.py" line="+340"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take everything in your journal with you: to keep, or to move to another app or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as a folder of Markdown files with the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Markdown file per entry, tables of sessions, questionnaires and check-ins, and the JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One &amp;JSON file (this app can import it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export is not encrypted. Anyone who can open it can read your whole journal. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: the export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the export folder goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration Journal export {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export at {path} will not be encrypted. Anyone who can open it can read your whole journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal was exported to {path}. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="+143"/>
        <source>What is your treatment for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose any that fit, or none. This shapes which reflection prompts the app offers, for example questions about pain and daily activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An&amp;xiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic &amp;pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-traumatic stress (PTSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Obsessive-compulsive disorder (OCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Alcohol or other substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep a small helper running to remind &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection prompts are due the evening of a session, the next day, a few days and a week later. With this on, a tray icon that starts when you log in says only “A reflection is ready in Integration Journal” when one is due, even with the app closed. It holds no key and sees only the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../integration_journal/ui/session_form/guidance_panel.py" line="+31"/>
        <source>Guidance for what you logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something to keep in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open support options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal is a companion to your care, not a monitor: nobody sees what you log here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{subject}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} — {when}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../integration_journal/ui/help.py" line="-95"/>
        <source>Integration Journal Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../integration_journal/ui/import_export.py" line="-321"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring entries in from another journal app, or a full export of this app. Nothing is written until you press Import, and then either everything in the file comes in or nothing does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day One (JSON or zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jrnl (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integration Journal export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Time zone of the jrnl times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jrnl stores times without a time zone; choose where they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import everything in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Day One export (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jrnl JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integration Journal export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing can be imported from this file until these problems are fixed; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry {n} of {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready to import {count} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>treatment sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries are already in your journal and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first few titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} problems were found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records were added to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/inbox.py" line="+325"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your patients chose to share with you. Import a share file, read each item, keep private notes, write comments for the patient and send them back with a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import share file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Watch folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+417"/>
        <source>Watch a folder for share files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+459"/>
        <source>Import share files addressed to you from a folder, such as a clinic&apos;s synced folder, whenever they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-456"/>
        <source>S&amp;top watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Discuss next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+241"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-239"/>
        <source>&amp;Discuss next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, or a comment for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in your vault; never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;comment for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add comment for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with your next reply to this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{name} — {unsent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{shown} shown; {new} new of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This item was made by a newer version of Integration Journal, or was damaged on the way. Updating the app may let you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import a share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That folder cannot be opened. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No folder is watched. Share files can also be imported one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watching {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching {folder} for share files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It cannot be found or opened just now (a drive that is not connected, or a folder that was moved). It is looked at again every minute; you can also choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{n} imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} for someone else, left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watched folder: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} could not be read; it is tried again at the next look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New in the Inbox: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/page.py" line="+29"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../integration_journal/ui/integrity_dialog.py" line="+39"/>
        <source>Check your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal needs a decision before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 record does not match or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records do not match or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed, and nothing will be saved until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you did not expect this, keep the journal locked, or go back to one of the encrypted backups the app keeps in {folder} (“Restore a backup…”; on the command line, integration-journal restore FILE), or ask someone you trust for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you know why (for example, you put back an older copy yourself), you can accept the journal as it is now. Anything it lost stays lost. Your choice is recorded in the journal&apos;s security log, and a copy of the journal as it is now is kept with the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the journal as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the journal as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This journal is older than the one last opened on this computer on {date}. It may have been replaced with an older copy, or recent changes were lost (for example after a crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal is older than the one last opened on this computer. It may have been replaced with an older copy, or recent changes were lost (for example after a crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s integrity record is missing. Without it the app cannot tell whether entries were deleted, or replaced with older versions of themselves, outside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal&apos;s integrity record was removed outside the app. Entries may have been deleted, or replaced with older versions of themselves, without the app noticing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal&apos;s integrity record is damaged. The app cannot tell whether entries were deleted, or replaced with older versions of themselves, outside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal&apos;s integrity record does not match the journal: an older one was put back, or the journal&apos;s header was altered, outside the app. Some entries may be older than they should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keeping a copy of the journal and recording your choice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/journal/page.py" line="+145"/>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;, tag:sleep, from:2025-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words must all appear. Put a phrase in quotes. tag:name, from:YYYY-MM-DD and to:YYYY-MM-DD narrow the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <location line="+412"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-544"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save now (Ctrl+S). Entries are also saved when you move to another one, and kept as a draft while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry (Delete in the list). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. sleep, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About a week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share with my &amp;therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bring to my next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring to my next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: *emphasis*, **strong**, # heading, - list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write here, as much or as little as you like.

You might start with what you noticed today.

Markdown works: *emphasis*, **strong**, # a heading, - a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>That entry is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+412"/>
        <location line="+119"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>A session no longer in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+429"/>
        <location line="+157"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The preview could not be shown for this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This entry could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-517"/>
        <location line="+573"/>
        <source>Draft not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-573"/>
        <location line="+578"/>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You had started this entry on {when}; it is back as you left it and not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes you had not saved yet ({when}) are back. Save keeps them; Discard returns to the saved entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The unsaved changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The entry could not be deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry could not be brought back: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entry is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That version could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier version is back. The version it replaced is kept in Earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not linked to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lozenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nasal esketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IM injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IV infusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitCheckForm</name>
    <message>
        <location filename="../../integration_journal/ui/recovery_kit.py" line="+285"/>
        <source>Group of the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper or lower case both work; O and 0, I and 1 are read alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To make sure your copy is complete, please type &amp;group {number} from it. Groups are numbered 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group {number} of the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitCheckPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-144"/>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitIssuingDialog</name>
    <message>
        <location filename="../../integration_journal/ui/kit_dialog.py" line="+95"/>
        <source>Leave without checking the kit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this recovery kit again. Your journal opens with your passphrase, but without the kit a forgotten passphrase cannot be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-19"/>
        <source>Your recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ever forget your passphrase, this kit is the only way back into your journal. Print it, save it as a PDF, or write it down, and keep it somewhere private and safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitSheet</name>
    <message>
        <location filename="../../integration_journal/ui/recovery_kit.py" line="-178"/>
        <location line="+97"/>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>It is shown only this once. Anyone who has it can open your journal, so treat it like a spare key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery kit as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print and save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Group {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sent to the printer. Please check that every group printed clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the recovery kit as a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can open this PDF can reset your passphrase and read your journal. Save it only somewhere private, such as a USB stick you keep safe, and consider deleting it once it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written there. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../integration_journal/ui/main_window/window.py" line="+131"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a section; Ctrl+1 to Ctrl+9 switch directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+32"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the journal and ask for the passphrase again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close the journal and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a jrnl or Day One export, or this app&apos;s own export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save everything as an unencrypted JSON file or Markdown folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo journal with made-up entries — deleted when you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>1 record could not be read — run Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records could not be read — run Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest of the journal is fine. Verify lists which records are affected; from a terminal: integration-journal verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} shared items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic backup could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An extra encrypted copy was saved in your backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The extra backup copy could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+25"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Get help now: emergency number, crisis lines, your safety plan (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A few gentle questions are ready for you on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sets of gentle questions are ready for you on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {names} is ready to answer on the Today page, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {names} are ready to answer on the Today page, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../integration_journal/ui/markdown_view.py" line="+232"/>
        <source>Links are not opened from the journal.
{address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-94"/>
        <location line="+2"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name your patients know you by. It appears on the contact card you give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A first name or a nickname is enough. It stays in your journal and is shown only to people you choose to share with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../integration_journal/ui/passphrase_widgets.py" line="+21"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A few unrelated words that mean something only to you are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../integration_journal/ui/pages/journal/notice_banner.py" line="+21"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalChoice</name>
    <message>
        <location filename="../../integration_journal/ui/widgets/fields.py" line="+30"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="+14"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will type it each time you open the journal. It never leaves this computer, and the app keeps no copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can reset a forgotten passphrase for you. That is why the next step gives you a recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/patients.py" line="+139"/>
        <location line="+4"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Patients sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients and safety &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;atient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Safety flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Flags come only from what the patient chose to share: PHQ-9 item 9 answered above zero and red-flag side effects. A zero or an absent answer is not proof of safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+45"/>
        <source>Latest shared entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Discuss next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Trends from shared check-ins and questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comments waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt packs to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a share file for this patient with your comments and the ticked prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patient dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No safety flags in what {name} has shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n comment(s) for {name} not sent yet. Tick prompt packs to send them too.</source>
        <translation>
            <numerusform>%n comment for {name} not sent yet. Tick prompt packs to send them too.</numerusform>
            <numerusform>%n comments for {name} not sent yet. Tick prompt packs to send them too.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comments for {name} are waiting to be sent. Tick prompt packs to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the safety number with {name} before replying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPacksPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/prompt_packs.py" line="+225"/>
        <source>Prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write guided prompts for a patient. They appear in the patient&apos;s guided prompts with your name, after the built-in ones, once they import your reply. Keep the wording open and non-directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open pack &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Lower-case letters, digits and dashes; the same id for every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompts in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One option per line, e.g.
calm: Calm
unsettled: Unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ans&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Send to patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>Preview as the patient sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pack editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>The pack is ready to send: %n prompt(s).</source>
        <translation>
            <numerusform>The pack is ready to send: %n prompt.</numerusform>
            <numerusform>The pack is ready to send: %n prompts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Offer a note &amp;beside the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phas&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint (&amp;optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;ptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This pack could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file could not be read as a prompt pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Add at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This id is already used by a built-in prompt; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems shown on the Edit tab to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another of your packs has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {title}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is the pack you were writing when the journal locked; it is not saved as a pack yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWizard</name>
    <message>
        <location filename="../../integration_journal/ui/prompt_wizard/wizard.py" line="+46"/>
        <location line="+298"/>
        <source>Guided prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Reminder for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is your support person still with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, my support person is with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My support person is not with me right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About having support today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this prompt comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add this to my appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today: stop here and ask again tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Feeling unsafe? &amp;Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no prompts to show right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session was only a short while ago. If the effects are still strong, it&apos;s fine to rest and come back later: these prompts will wait for you on Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>It may help to ask someone to stay with you, or to check in by phone this evening. If you feel unwell or unsafe, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good to hear. A quiet rest of the day can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prompt {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If you answer yes, the side-effect log opens when you finish, so they appear in your summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few &amp;words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;more prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This answer is too long to save. Shortening it a little will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Preparing for session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same day after session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day after session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few days after session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week after session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection after session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation, {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same-day notes, {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next-day reflection, {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Reflection, {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Weekly reflection, {today}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentEntriesModel</name>
    <message>
        <location filename="../../integration_journal/ui/pages/today.py" line="+76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../integration_journal/ui/recover_dialog.py" line="+39"/>
        <location line="+11"/>
        <source>Use your recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery kit as you printed or wrote it down. Upper or lower case both work, and the dashes are optional. Then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;kit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open with the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the journal with the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your journal is open with the new passphrase. This new recovery kit replaces the old one, which no longer works. Write it down or print it, and keep it somewhere private and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKitPanel</name>
    <message>
        <location filename="../../integration_journal/ui/recovery_kit.py" line="+91"/>
        <source>Your recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this kit is the only way back into your journal. Write it down or print it, and keep it somewhere private and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have a copy — &amp;continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a copy of the recovery kit, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back to the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReframeTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/insights_models.py" line="-115"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReframesTab</name>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/reframes_tab.py" line="+28"/>
        <source>Reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>New reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No reframes yet. When an old thought starts to look different — in a session, in therapy or while writing — you can keep the new perspective here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reframes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thought that used to feel true, e.g. “I always ruin things.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Old thought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it looks to you now, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;perspective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integration domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Came from: a session or journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the session or entry it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Came &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this reframe have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete reframe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this reframe? You can find it again in the journal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write the old thought, the new perspective, or both, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/checkin_models.py" line="+38"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚑ {value} — support shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline (marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Question 9 was answered above 0; the support panel was offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../integration_journal/ui/restore_dialog.py" line="+50"/>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the copy of your journal to go back to. Anything written after it was made will not be in the journal, but the journal as it is now is kept as a backup first, so you can come back to it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app has not kept any backups of this journal yet. Use “Other file…” to choose a copy you made yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase of that backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually your passphrase now. If you changed it after the backup was made, the one you had then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Automatic copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept before accepting the journal as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept before a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal backups (*.ijbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup and putting it in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be replaced by the copy from {when}. The journal as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../../integration_journal/ui/journal_models.py" line="+36"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-63"/>
        <source>How will you use the journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;myself — I am in treatment and keep my own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For myself: I am in treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;therapist — I receive what patients choose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is set once, when the journal is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleSlider</name>
    <message>
        <location filename="../../integration_journal/ui/widgets/scale_slider.py" line="+30"/>
        <source>Chosen value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{value} / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../integration_journal/ui/session_form/form.py" line="+89"/>
        <source>Form title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route: how the medicine was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting: where the session took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;tting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+440"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-439"/>
        <location line="+14"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+436"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Optional: who was with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dose in milligrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if you&apos;d like to note it, as your clinic told you. This app never suggests or calculates doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Course details (all optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of this session in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session number in series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapist present during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support person or chaperone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support person present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-nausea medicine given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-nausea medi&amp;cine given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the main effects lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ffects lasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you got home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the next integration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next talk with your therapist about this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt integration session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+358"/>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Optional: what you hoped to be open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+355"/>
        <source>Blood pressure before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Blood pressure &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+354"/>
        <source>Blood pressure after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Blood pressure &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall experience, 0 very hard to 10 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = very hard, 10 = very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verall experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session in one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In one word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+337"/>
        <source>The experience in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Optional: a few words are plenty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In your o&amp;wn words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. 120/80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two numbers: the top (systolic) and the bottom (diastolic) one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+316"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Anything you noticed, from mild to severe. Everything you leave at “None” is not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <location line="+304"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>F&amp;ewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mor&amp;e details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer details: show only the quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More details: setting, course, blood pressure, side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: anything else you&apos;d like to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Also saved with this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Therapist present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How &amp;you got home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Optional: how was it, in a line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also saved: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+165"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session number in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next integration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dose: please write a number of milligrams, such as 56, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose: please write a number of milligrams above 0, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}: please write two whole numbers, such as 120/80, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top number (systolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bottom number (diastolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {part} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../integration_journal/ui/session_models.py" line="+166"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most noticeable side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>None logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{effect}: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/sessions.py" line="+115"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a treatment session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You were logging a session when the journal locked. It was kept, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unfinished session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unfinished session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like a few gentle questions for today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open gentle questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a few gentle questions for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: bring the session back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+314"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: choose one to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sessions logged yet. After a treatment session you can note here how it went — as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sessions logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Leave without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you entered for this session has not been saved and will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session of {when}? Journal entries linked to it stay in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not remove the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>{s}/{d} mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blood pressure after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support person present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-nausea medicine given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effects lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next integration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The experience in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../integration_journal/ui/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal locks itself when the keyboard and mouse have been still this long. A countdown appears for the last 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show gentle &amp;reminders for due prompts while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;questionnaires one question at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires: one question per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: every question of a questionnaire on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used to show crisis lines for where you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic after-hours line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your clinic has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-hours l&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in Get help now and on your appointment summary. It stays in your encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What your treatment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic &amp;pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-traumatic stress (PTSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obsessive-compulsive disorder (OCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcohol or other substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guided prompts are chosen with this in mind. You can pick several, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire reminders on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} reminder, days between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly suits an induction series, every 2 weeks maintenance. The PEG (pain) is weekly when your treatment is for chronic pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These two settings are kept outside the journal, so the unlock screen can use them too. They say nothing about what you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No extra copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the extra backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each time you unlock, an encrypted copy of the journal is also saved there — for example on a USB stick. It opens only with your passphrase or recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show journal &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra &amp;backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No folder watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folder for share files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Drop folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Inbox imports share files addressed to you from this folder (for example a clinic&apos;s synced folder) whenever they arrive, from unlock on. Files for anyone else are left where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your &amp;clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-hours line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Keep a small helper running to remind &amp;me when the app is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tray icon that starts when you log in. When prompts or questionnaires fall due it says only “A reflection is ready in Integration Journal”. It holds no key: it knows the due times and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no tray icons, so the helper cannot run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Folder for an extra backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder cannot be written to. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is the journal&apos;s own folder. An extra copy is most useful somewhere else, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder the Inbox watches for share files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder cannot be opened. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/sharing.py" line="+62"/>
        <source>Sharing with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You decide what your therapist sees. A share file can be opened only by the contact it is for, and it shows that it comes from you. Nothing is sent anywhere by the app: you give the file to them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sharing sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My &amp;contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Entries marked “share with therapist”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries marked share with therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questionnaire results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily chec&amp;k-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appointment s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to share (within these dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sharing PHQ-9 results includes your answer to item 9 (thoughts of being better off dead or of hurting yourself). Your therapist sees only what you give them in a file, when they open it; the app does not watch your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pick entries to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search entries to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also share these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw entries shared before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A withdrawal asks your therapist&apos;s app to remove its copy when they import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preview and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and save the share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sharing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this share file held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a share file above to see what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every share file you saved: when, for whom and what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An item deleted since, or a summary or withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open a reply from your therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a reply from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt pack (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Prompt packs from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your therapist can send back comments on what you shared and prompt packs for the guided prompts. Comments are listed here and appear beside the entry in the Journal; ticked prompt packs are offered in the guided prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add your therapist on the My contacts tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not verified: compare the safety number on the My contacts tab before sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An entry deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title} (from {author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Summary {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffectChecklist</name>
    <message>
        <location filename="../../integration_journal/ui/session_form/side_effect_checklist.py" line="+52"/>
        <source>How strong was it? {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Often part of the experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{effect}: how strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{effect}: how long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChoiceModel</name>
    <message>
        <location filename="../../integration_journal/ui/insights_models.py" line="+74"/>
        <location line="+6"/>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../integration_journal/ui/create_dialog.py" line="-316"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How you will use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinic contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Step {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="-67"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/summaries.py" line="+84"/>
        <source>Pre-appointment briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each patient shared since your last appointment: flags first, score changes, new items and what you marked to discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary to bring to your appointment. You see exactly what it contains before you export it; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since last &amp;appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the range to since the last appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the day of your last exported summary, or the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shared items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries marked “share with therapist”; leaves out intentions, reframes and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medi&amp;cation changes (entries tagged “medication”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q&amp;uestions for my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What I chose to &amp;bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side &amp;effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;reatment sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety flags are always shown first: PHQ-9 item 9 with the questionnaires, red-flag side effects with sessions or side effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>E&amp;xport HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exported file is not encrypted. Anyone who can open the file can read it. Keep it somewhere private and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+34"/>
        <location line="+14"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/today.py" line="+19"/>
        <location line="+10"/>
        <source>{action}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You started this earlier; your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by logging your first treatment session, a planned one or one you have had. The guided prompts for before it, the same day and the days after follow from its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log your &amp;first session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guided prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is waiting for you right now. You can reflect any time you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Start a &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Start a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answering these regularly shows you and your clinician how things change over time. How often is up to you, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About questionnaire reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+299"/>
        <source>Quick check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-298"/>
        <location line="+20"/>
        <source>How is your mood today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>0 lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>How anxious or on edge do you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>0 not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include pain in this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>How bad is your pain right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+258"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours of sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These are quick personal check-ins, not clinical questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Recent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select all recent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries yet. What you write, and the prompts you answer, will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening your entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today&apos;s overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing for your session on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same day — your session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day — your session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few days on — your session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week on — your session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly reflection — since your session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions that may help you get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few taps, no typing needed. Keep it brief today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions now that you have slept on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has stayed with you, and what has faded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A look back over the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short look at the past week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not answered it yet. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last answered on {date}; you asked to be reminded every {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No upcoming session is logged. When you log one with a date ahead, it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue your &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Update &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s check-in is saved. You can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mood and anxiety are needed; pain and sleep are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check-in could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/page.py" line="+107"/>
        <location line="+2"/>
        <location line="+63"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+349"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Saves the chart on the current tab as a picture (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to chart for these dates yet. Daily check-ins (on the Today page), questionnaires and logged sessions appear here as they build up over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trends yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Show {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Quick personal check-ins, not validated questionnaires. The thin line shows each day; the bold line is the average of the last 7 days (days without a check-in are left out). Triangles mark treatment sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-ins between {start} and {end}. A quick check-in on the Today page adds a point for the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one value to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} (each day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>{value}, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} days with a check-in from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No complete {title} between {start} and {end}. Earlier or later answers show with other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{title} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} {title} totals from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The picture is not encrypted: anyone who can open the file can see these scores. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The picture could not be saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the chart as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../integration_journal/ui/unlock_window.py" line="+81"/>
        <source>Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is private to this computer. Nobody reads it unless you choose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;recovery kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have forgotten your passphrase, the recovery kit you printed or wrote down lets you set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to one of the encrypted copies of your journal the app keeps, or to a copy you made yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Opening your journal. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The journal was left locked and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If you have forgotten it, “Use recovery kit…” lets you set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../integration_journal/ui/onboarding_pages.py" line="+24"/>
        <source>Welcome to Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private place for notes about your treatment sessions, the days after them, and whatever you notice along the way. Therapists use it to receive what their patients choose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A companion to your care: a journal, gentle prompts for reflection, and a record of sessions and check-ins that you can bring to appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private. Everything is encrypted on this computer with a passphrase only you know. Nobody reads your entries — not your therapist, not the makers of this app — unless you choose to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a crisis service. Nobody sees what you write as you write it. If you are in danger or thinking about harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not medical advice. Questions about your treatment belong with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up takes a few minutes. Country, treatment focus and clinic can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <location filename="../../integration_journal/ui/import_export.py" line="-251"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/record_tab.py" line="+59"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns: choose one to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restored what you were writing when the journal locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundle_problems</name>
    <message>
        <location filename="data_texts.py" line="+1138"/>
        <source>The share file is larger than the app accepts.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.TOO_LARGE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Integration Journal share file.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.NOT_A_BUNDLE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file was made by a version of the app this one cannot read.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.UNSUPPORTED_VERSION</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file uses an encryption method this app does not accept.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.UNSUPPORTED_SUITE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file&apos;s header is damaged.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.MALFORMED_HEADER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file is incomplete; it may not have finished copying.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.TRUNCATED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This share file is addressed to someone else, not to you.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.NOT_FOR_YOU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file is damaged or has been changed since it was written.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.DAMAGED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file decrypted, but its contents are not in the expected form.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.MALFORMED_CONTENT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file&apos;s signature does not match its sender; it may have been altered.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.BAD_SIGNATURE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file comes from someone who is not among your contacts.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.UNKNOWN_SENDER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender&apos;s key has changed since you added them. Compare the safety number with them again before importing.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.SENDER_KEY_CHANGED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not yet compared the safety number with the sender. Verify the contact first, then import again.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.SENDER_UNVERIFIED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share file holds things this journal does not accept from that sender.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.UNEXPECTED_ITEMS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This share file has already been imported.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.REPLAYED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This share file is older than one already imported from the same sender.</source>
        <extracomment>integration_journal/errors.py: BundleProblem.OUT_OF_ORDER</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card_problems</name>
    <message>
        <location line="+2"/>
        <source>The contact card is larger than a contact card can be.</source>
        <extracomment>integration_journal/errors.py: CardProblem.TOO_LARGE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Integration Journal contact card.</source>
        <extracomment>integration_journal/errors.py: CardProblem.NOT_A_CARD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact card was made by a version of the app this one cannot read.</source>
        <extracomment>integration_journal/errors.py: CardProblem.UNSUPPORTED_VERSION</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact card is damaged: its contents are not in the expected form.</source>
        <extracomment>integration_journal/errors.py: CardProblem.MALFORMED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact card text has a typing or copying mistake (its checksum does not match).</source>
        <extracomment>integration_journal/errors.py: CardProblem.BAD_CHECKSUM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact card holds a key that is not valid.</source>
        <extracomment>integration_journal/errors.py: CardProblem.BAD_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact card&apos;s signature does not match its keys; it may have been altered.</source>
        <extracomment>integration_journal/errors.py: CardProblem.BAD_SIGNATURE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name on the contact card holds control or invisible characters, which a name cannot have; it may have been made to mislead.</source>
        <extracomment>integration_journal/errors.py: CardProblem.BAD_NAME</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../integration_journal/ui/checkin_widgets.py" line="+15"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../integration_journal/ui/clipboard.py" line="+179"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <location filename="../../integration_journal/ui/comments_panel.py" line="+22"/>
        <location line="+7"/>
        <source>Comments from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="data_texts.py" line="+2"/>
        <source>That is not group {number}. If your copy is hard to read or a group is missing, you might go back to the kit and write it out again.</source>
        <extracomment>integration_journal/core/onboarding.py:146: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type group {number} from your copy.</source>
        <extracomment>integration_journal/core/onboarding.py:137: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not group {number}. You might compare your copy with the kit: going back shows it again.</source>
        <extracomment>integration_journal/core/onboarding.py:143: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose how you will use the journal.</source>
        <extracomment>integration_journal/core/onboarding.py:269: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type a name. A first name or a nickname is enough.</source>
        <extracomment>integration_journal/core/onboarding.py:274: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the name to {max} characters or fewer.</source>
        <extracomment>integration_journal/core/onboarding.py:276: StepError; integration_journal/core/onboarding.py:306: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the name without line breaks, control characters or invisible characters.</source>
        <extracomment>integration_journal/core/onboarding.py:279: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose a passphrase.</source>
        <extracomment>integration_journal/core/onboarding.py:284: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the passphrase a second time, so you can be sure of it.</source>
        <extracomment>integration_journal/core/onboarding.py:289: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are different. Please type the second one again.</source>
        <extracomment>integration_journal/core/onboarding.py:292: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose a country from the list.</source>
        <extracomment>integration_journal/core/onboarding.py:301: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number can hold digits, spaces and + ( ) - . / only.</source>
        <extracomment>integration_journal/core/onboarding.py:311: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That phone number looks too short.</source>
        <extracomment>integration_journal/core/onboarding.py:314: StepError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least 12 characters, or 4 or more unrelated words.</source>
        <extracomment>integration_journal/core/passphrase.py:58: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is easy to guess. Try a few unrelated words that mean something only to you.</source>
        <extracomment>integration_journal/core/passphrase.py:60: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good. A longer passphrase would be even harder to guess.</source>
        <extracomment>integration_journal/core/passphrase.py:62: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <extracomment>integration_journal/core/passphrase.py:64: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location line="-1214"/>
        <source>Andorra</source>
        <extracomment>integration_journal/core/countries.py: AD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United Arab Emirates</source>
        <extracomment>integration_journal/core/countries.py: AE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afghanistan</source>
        <extracomment>integration_journal/core/countries.py: AF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antigua and Barbuda</source>
        <extracomment>integration_journal/core/countries.py: AG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anguilla</source>
        <extracomment>integration_journal/core/countries.py: AI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Albania</source>
        <extracomment>integration_journal/core/countries.py: AL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Armenia</source>
        <extracomment>integration_journal/core/countries.py: AM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angola</source>
        <extracomment>integration_journal/core/countries.py: AO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antarctica</source>
        <extracomment>integration_journal/core/countries.py: AQ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argentina</source>
        <extracomment>integration_journal/core/countries.py: AR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>American Samoa</source>
        <extracomment>integration_journal/core/countries.py: AS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <extracomment>integration_journal/core/countries.py: AT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Australia</source>
        <extracomment>integration_journal/core/countries.py: AU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <extracomment>integration_journal/core/countries.py: AW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åland Islands</source>
        <extracomment>integration_journal/core/countries.py: AX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azerbaijan</source>
        <extracomment>integration_journal/core/countries.py: AZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bosnia and Herzegovina</source>
        <extracomment>integration_journal/core/countries.py: BA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barbados</source>
        <extracomment>integration_journal/core/countries.py: BB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bangladesh</source>
        <extracomment>integration_journal/core/countries.py: BD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <extracomment>integration_journal/core/countries.py: BE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burkina Faso</source>
        <extracomment>integration_journal/core/countries.py: BF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulgaria</source>
        <extracomment>integration_journal/core/countries.py: BG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahrain</source>
        <extracomment>integration_journal/core/countries.py: BH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burundi</source>
        <extracomment>integration_journal/core/countries.py: BI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benin</source>
        <extracomment>integration_journal/core/countries.py: BJ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Barthélemy</source>
        <extracomment>integration_journal/core/countries.py: BL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bermuda</source>
        <extracomment>integration_journal/core/countries.py: BM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brunei</source>
        <extracomment>integration_journal/core/countries.py: BN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bolivia</source>
        <extracomment>integration_journal/core/countries.py: BO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caribbean Netherlands</source>
        <extracomment>integration_journal/core/countries.py: BQ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brazil</source>
        <extracomment>integration_journal/core/countries.py: BR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <extracomment>integration_journal/core/countries.py: BS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bhutan</source>
        <extracomment>integration_journal/core/countries.py: BT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bouvet Island</source>
        <extracomment>integration_journal/core/countries.py: BV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Botswana</source>
        <extracomment>integration_journal/core/countries.py: BW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belarus</source>
        <extracomment>integration_journal/core/countries.py: BY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belize</source>
        <extracomment>integration_journal/core/countries.py: BZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canada</source>
        <extracomment>integration_journal/core/countries.py: CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cocos (Keeling) Islands</source>
        <extracomment>integration_journal/core/countries.py: CC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congo (Democratic Republic)</source>
        <extracomment>integration_journal/core/countries.py: CD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central African Republic</source>
        <extracomment>integration_journal/core/countries.py: CF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congo (Republic)</source>
        <extracomment>integration_journal/core/countries.py: CG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switzerland</source>
        <extracomment>integration_journal/core/countries.py: CH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Côte d&apos;Ivoire</source>
        <extracomment>integration_journal/core/countries.py: CI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cook Islands</source>
        <extracomment>integration_journal/core/countries.py: CK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chile</source>
        <extracomment>integration_journal/core/countries.py: CL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <extracomment>integration_journal/core/countries.py: CM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>China</source>
        <extracomment>integration_journal/core/countries.py: CN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colombia</source>
        <extracomment>integration_journal/core/countries.py: CO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costa Rica</source>
        <extracomment>integration_journal/core/countries.py: CR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuba</source>
        <extracomment>integration_journal/core/countries.py: CU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabo Verde</source>
        <extracomment>integration_journal/core/countries.py: CV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curaçao</source>
        <extracomment>integration_journal/core/countries.py: CW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Island</source>
        <extracomment>integration_journal/core/countries.py: CX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyprus</source>
        <extracomment>integration_journal/core/countries.py: CY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Czechia</source>
        <extracomment>integration_journal/core/countries.py: CZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Germany</source>
        <extracomment>integration_journal/core/countries.py: DE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <extracomment>integration_journal/core/countries.py: DJ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denmark</source>
        <extracomment>integration_journal/core/countries.py: DK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dominica</source>
        <extracomment>integration_journal/core/countries.py: DM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dominican Republic</source>
        <extracomment>integration_journal/core/countries.py: DO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algeria</source>
        <extracomment>integration_journal/core/countries.py: DZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecuador</source>
        <extracomment>integration_journal/core/countries.py: EC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estonia</source>
        <extracomment>integration_journal/core/countries.py: EE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egypt</source>
        <extracomment>integration_journal/core/countries.py: EG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <extracomment>integration_journal/core/countries.py: EH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eritrea</source>
        <extracomment>integration_journal/core/countries.py: ER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spain</source>
        <extracomment>integration_journal/core/countries.py: ES</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <extracomment>integration_journal/core/countries.py: ET</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finland</source>
        <extracomment>integration_journal/core/countries.py: FI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiji</source>
        <extracomment>integration_journal/core/countries.py: FJ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Falkland Islands</source>
        <extracomment>integration_journal/core/countries.py: FK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micronesia</source>
        <extracomment>integration_journal/core/countries.py: FM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faroe Islands</source>
        <extracomment>integration_journal/core/countries.py: FO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>France</source>
        <extracomment>integration_journal/core/countries.py: FR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <extracomment>integration_journal/core/countries.py: GA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United Kingdom</source>
        <extracomment>integration_journal/core/countries.py: GB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <extracomment>integration_journal/core/countries.py: GD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Georgia</source>
        <extracomment>integration_journal/core/countries.py: GE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Guiana</source>
        <extracomment>integration_journal/core/countries.py: GF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guernsey</source>
        <extracomment>integration_journal/core/countries.py: GG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghana</source>
        <extracomment>integration_journal/core/countries.py: GH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gibraltar</source>
        <extracomment>integration_journal/core/countries.py: GI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greenland</source>
        <extracomment>integration_journal/core/countries.py: GL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gambia</source>
        <extracomment>integration_journal/core/countries.py: GM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guinea</source>
        <extracomment>integration_journal/core/countries.py: GN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guadeloupe</source>
        <extracomment>integration_journal/core/countries.py: GP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equatorial Guinea</source>
        <extracomment>integration_journal/core/countries.py: GQ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greece</source>
        <extracomment>integration_journal/core/countries.py: GR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <extracomment>integration_journal/core/countries.py: GS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guatemala</source>
        <extracomment>integration_journal/core/countries.py: GT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guam</source>
        <extracomment>integration_journal/core/countries.py: GU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guinea-Bissau</source>
        <extracomment>integration_journal/core/countries.py: GW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guyana</source>
        <extracomment>integration_journal/core/countries.py: GY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hong Kong</source>
        <extracomment>integration_journal/core/countries.py: HK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard Island and McDonald Islands</source>
        <extracomment>integration_journal/core/countries.py: HM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Honduras</source>
        <extracomment>integration_journal/core/countries.py: HN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Croatia</source>
        <extracomment>integration_journal/core/countries.py: HR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Haiti</source>
        <extracomment>integration_journal/core/countries.py: HT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hungary</source>
        <extracomment>integration_journal/core/countries.py: HU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indonesia</source>
        <extracomment>integration_journal/core/countries.py: ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <extracomment>integration_journal/core/countries.py: IE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Israel</source>
        <extracomment>integration_journal/core/countries.py: IL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isle of Man</source>
        <extracomment>integration_journal/core/countries.py: IM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>India</source>
        <extracomment>integration_journal/core/countries.py: IN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>British Indian Ocean Territory</source>
        <extracomment>integration_journal/core/countries.py: IO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iraq</source>
        <extracomment>integration_journal/core/countries.py: IQ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iran</source>
        <extracomment>integration_journal/core/countries.py: IR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <extracomment>integration_journal/core/countries.py: IS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italy</source>
        <extracomment>integration_journal/core/countries.py: IT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <extracomment>integration_journal/core/countries.py: JE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jamaica</source>
        <extracomment>integration_journal/core/countries.py: JM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jordan</source>
        <extracomment>integration_journal/core/countries.py: JO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Japan</source>
        <extracomment>integration_journal/core/countries.py: JP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kenya</source>
        <extracomment>integration_journal/core/countries.py: KE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kyrgyzstan</source>
        <extracomment>integration_journal/core/countries.py: KG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cambodia</source>
        <extracomment>integration_journal/core/countries.py: KH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiribati</source>
        <extracomment>integration_journal/core/countries.py: KI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comoros</source>
        <extracomment>integration_journal/core/countries.py: KM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Kitts and Nevis</source>
        <extracomment>integration_journal/core/countries.py: KN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>North Korea</source>
        <extracomment>integration_journal/core/countries.py: KP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Korea</source>
        <extracomment>integration_journal/core/countries.py: KR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <extracomment>integration_journal/core/countries.py: KW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cayman Islands</source>
        <extracomment>integration_journal/core/countries.py: KY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kazakhstan</source>
        <extracomment>integration_journal/core/countries.py: KZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laos</source>
        <extracomment>integration_journal/core/countries.py: LA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lebanon</source>
        <extracomment>integration_journal/core/countries.py: LB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <extracomment>integration_journal/core/countries.py: LC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liechtenstein</source>
        <extracomment>integration_journal/core/countries.py: LI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sri Lanka</source>
        <extracomment>integration_journal/core/countries.py: LK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liberia</source>
        <extracomment>integration_journal/core/countries.py: LR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesotho</source>
        <extracomment>integration_journal/core/countries.py: LS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lithuania</source>
        <extracomment>integration_journal/core/countries.py: LT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luxembourg</source>
        <extracomment>integration_journal/core/countries.py: LU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvia</source>
        <extracomment>integration_journal/core/countries.py: LV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libya</source>
        <extracomment>integration_journal/core/countries.py: LY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morocco</source>
        <extracomment>integration_journal/core/countries.py: MA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monaco</source>
        <extracomment>integration_journal/core/countries.py: MC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <extracomment>integration_journal/core/countries.py: MD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montenegro</source>
        <extracomment>integration_journal/core/countries.py: ME</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Martin (French part)</source>
        <extracomment>integration_journal/core/countries.py: MF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Madagascar</source>
        <extracomment>integration_journal/core/countries.py: MG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marshall Islands</source>
        <extracomment>integration_journal/core/countries.py: MH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>North Macedonia</source>
        <extracomment>integration_journal/core/countries.py: MK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mali</source>
        <extracomment>integration_journal/core/countries.py: ML</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Myanmar</source>
        <extracomment>integration_journal/core/countries.py: MM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mongolia</source>
        <extracomment>integration_journal/core/countries.py: MN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Macao</source>
        <extracomment>integration_journal/core/countries.py: MO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Northern Mariana Islands</source>
        <extracomment>integration_journal/core/countries.py: MP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Martinique</source>
        <extracomment>integration_journal/core/countries.py: MQ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mauritania</source>
        <extracomment>integration_journal/core/countries.py: MR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montserrat</source>
        <extracomment>integration_journal/core/countries.py: MS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malta</source>
        <extracomment>integration_journal/core/countries.py: MT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mauritius</source>
        <extracomment>integration_journal/core/countries.py: MU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maldives</source>
        <extracomment>integration_journal/core/countries.py: MV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malawi</source>
        <extracomment>integration_journal/core/countries.py: MW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mexico</source>
        <extracomment>integration_journal/core/countries.py: MX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malaysia</source>
        <extracomment>integration_journal/core/countries.py: MY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mozambique</source>
        <extracomment>integration_journal/core/countries.py: MZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namibia</source>
        <extracomment>integration_journal/core/countries.py: NA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Caledonia</source>
        <extracomment>integration_journal/core/countries.py: NC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niger</source>
        <extracomment>integration_journal/core/countries.py: NE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norfolk Island</source>
        <extracomment>integration_journal/core/countries.py: NF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nigeria</source>
        <extracomment>integration_journal/core/countries.py: NG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <extracomment>integration_journal/core/countries.py: NI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Netherlands</source>
        <extracomment>integration_journal/core/countries.py: NL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <extracomment>integration_journal/core/countries.py: NO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nepal</source>
        <extracomment>integration_journal/core/countries.py: NP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nauru</source>
        <extracomment>integration_journal/core/countries.py: NR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niue</source>
        <extracomment>integration_journal/core/countries.py: NU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Zealand</source>
        <extracomment>integration_journal/core/countries.py: NZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oman</source>
        <extracomment>integration_journal/core/countries.py: OM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panama</source>
        <extracomment>integration_journal/core/countries.py: PA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peru</source>
        <extracomment>integration_journal/core/countries.py: PE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <extracomment>integration_journal/core/countries.py: PF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Papua New Guinea</source>
        <extracomment>integration_journal/core/countries.py: PG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Philippines</source>
        <extracomment>integration_journal/core/countries.py: PH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pakistan</source>
        <extracomment>integration_journal/core/countries.py: PK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poland</source>
        <extracomment>integration_journal/core/countries.py: PL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Pierre and Miquelon</source>
        <extracomment>integration_journal/core/countries.py: PM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitcairn Islands</source>
        <extracomment>integration_journal/core/countries.py: PN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puerto Rico</source>
        <extracomment>integration_journal/core/countries.py: PR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palestine</source>
        <extracomment>integration_journal/core/countries.py: PS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portugal</source>
        <extracomment>integration_journal/core/countries.py: PT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palau</source>
        <extracomment>integration_journal/core/countries.py: PW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paraguay</source>
        <extracomment>integration_journal/core/countries.py: PY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qatar</source>
        <extracomment>integration_journal/core/countries.py: QA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réunion</source>
        <extracomment>integration_journal/core/countries.py: RE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Romania</source>
        <extracomment>integration_journal/core/countries.py: RO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serbia</source>
        <extracomment>integration_journal/core/countries.py: RS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russia</source>
        <extracomment>integration_journal/core/countries.py: RU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <extracomment>integration_journal/core/countries.py: RW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saudi Arabia</source>
        <extracomment>integration_journal/core/countries.py: SA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <extracomment>integration_journal/core/countries.py: SB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seychelles</source>
        <extracomment>integration_journal/core/countries.py: SC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudan</source>
        <extracomment>integration_journal/core/countries.py: SD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweden</source>
        <extracomment>integration_journal/core/countries.py: SE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singapore</source>
        <extracomment>integration_journal/core/countries.py: SG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Helena</source>
        <extracomment>integration_journal/core/countries.py: SH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <extracomment>integration_journal/core/countries.py: SI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svalbard and Jan Mayen</source>
        <extracomment>integration_journal/core/countries.py: SJ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovakia</source>
        <extracomment>integration_journal/core/countries.py: SK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sierra Leone</source>
        <extracomment>integration_journal/core/countries.py: SL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>San Marino</source>
        <extracomment>integration_journal/core/countries.py: SM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senegal</source>
        <extracomment>integration_journal/core/countries.py: SN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Somalia</source>
        <extracomment>integration_journal/core/countries.py: SO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suriname</source>
        <extracomment>integration_journal/core/countries.py: SR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Sudan</source>
        <extracomment>integration_journal/core/countries.py: SS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>São Tomé and Príncipe</source>
        <extracomment>integration_journal/core/countries.py: ST</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El Salvador</source>
        <extracomment>integration_journal/core/countries.py: SV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sint Maarten (Dutch part)</source>
        <extracomment>integration_journal/core/countries.py: SX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syria</source>
        <extracomment>integration_journal/core/countries.py: SY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eswatini</source>
        <extracomment>integration_journal/core/countries.py: SZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turks and Caicos Islands</source>
        <extracomment>integration_journal/core/countries.py: TC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chad</source>
        <extracomment>integration_journal/core/countries.py: TD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Southern Territories</source>
        <extracomment>integration_journal/core/countries.py: TF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Togo</source>
        <extracomment>integration_journal/core/countries.py: TG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thailand</source>
        <extracomment>integration_journal/core/countries.py: TH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <extracomment>integration_journal/core/countries.py: TJ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokelau</source>
        <extracomment>integration_journal/core/countries.py: TK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timor-Leste</source>
        <extracomment>integration_journal/core/countries.py: TL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turkmenistan</source>
        <extracomment>integration_journal/core/countries.py: TM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tunisia</source>
        <extracomment>integration_journal/core/countries.py: TN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tonga</source>
        <extracomment>integration_journal/core/countries.py: TO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Türkiye</source>
        <extracomment>integration_journal/core/countries.py: TR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trinidad and Tobago</source>
        <extracomment>integration_journal/core/countries.py: TT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuvalu</source>
        <extracomment>integration_journal/core/countries.py: TV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taiwan</source>
        <extracomment>integration_journal/core/countries.py: TW</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanzania</source>
        <extracomment>integration_journal/core/countries.py: TZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukraine</source>
        <extracomment>integration_journal/core/countries.py: UA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <extracomment>integration_journal/core/countries.py: UG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United States Minor Outlying Islands</source>
        <extracomment>integration_journal/core/countries.py: UM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United States</source>
        <extracomment>integration_journal/core/countries.py: US</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <extracomment>integration_journal/core/countries.py: UY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uzbekistan</source>
        <extracomment>integration_journal/core/countries.py: UZ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vatican City</source>
        <extracomment>integration_journal/core/countries.py: VA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Vincent and the Grenadines</source>
        <extracomment>integration_journal/core/countries.py: VC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venezuela</source>
        <extracomment>integration_journal/core/countries.py: VE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>British Virgin Islands</source>
        <extracomment>integration_journal/core/countries.py: VG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United States Virgin Islands</source>
        <extracomment>integration_journal/core/countries.py: VI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vietnam</source>
        <extracomment>integration_journal/core/countries.py: VN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanuatu</source>
        <extracomment>integration_journal/core/countries.py: VU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wallis and Futuna</source>
        <extracomment>integration_journal/core/countries.py: WF</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samoa</source>
        <extracomment>integration_journal/core/countries.py: WS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yemen</source>
        <extracomment>integration_journal/core/countries.py: YE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mayotte</source>
        <extracomment>integration_journal/core/countries.py: YT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Africa</source>
        <extracomment>integration_journal/core/countries.py: ZA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <extracomment>integration_journal/core/countries.py: ZM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zimbabwe</source>
        <extracomment>integration_journal/core/countries.py: ZW</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crisis_lines</name>
    <message>
        <location line="+134"/>
        <source>Lifeline</source>
        <extracomment>resources/crisis_lines/AU.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24/7 (calls from mobiles are free)</source>
        <extracomment>resources/crisis_lines/AU.json: lines[0].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text service has run 24/7 since February 2022.</source>
        <extracomment>resources/crisis_lines/AU.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>9-8-8: Suicide Crisis Helpline</source>
        <extracomment>resources/crisis_lines/CA.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24/7, free, English and French</source>
        <extracomment>resources/crisis_lines/CA.json: lines[0].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>112 is the single European emergency number: free from landlines and mobiles in every member state, alongside the national numbers.</source>
        <extracomment>resources/crisis_lines/AT.json: emergency.note; resources/crisis_lines/BE.json: emergency.note; resources/crisis_lines/DE.json: emergency.note; resources/crisis_lines/DK.json: emergency.note; resources/crisis_lines/ES.json: emergency.note; resources/crisis_lines/EU.json: emergency.note; resources/crisis_lines/FI.json: emergency.note; resources/crisis_lines/IT.json: emergency.note; resources/crisis_lines/NL.json: emergency.note; resources/crisis_lines/PL.json: emergency.note; resources/crisis_lines/PT.json: emergency.note; resources/crisis_lines/SE.json: emergency.note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>116 123 is the EU-wide number for emotional support lines, but it is not live in every country. Ask your clinic which crisis line to call where you live.</source>
        <extracomment>resources/crisis_lines/AT.json: advice; resources/crisis_lines/DE.json: advice; resources/crisis_lines/DK.json: advice; resources/crisis_lines/ES.json: advice; resources/crisis_lines/EU.json: advice; resources/crisis_lines/IT.json: advice; resources/crisis_lines/NL.json: advice; resources/crisis_lines/PL.json: advice; resources/crisis_lines/PT.json: advice; resources/crisis_lines/SE.json: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Samaritans</source>
        <extracomment>resources/crisis_lines/GB.json: lines[0].name; resources/crisis_lines/IE.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24/7, free from landlines and mobiles</source>
        <extracomment>resources/crisis_lines/GB.json: lines[0].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NHS 111, mental health option</source>
        <extracomment>resources/crisis_lines/GB.json: lines[1].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>England</source>
        <extracomment>resources/crisis_lines/GB.json: lines[1].region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>24/7</source>
        <extracomment>resources/crisis_lines/CH.json: lines[0].hours; resources/crisis_lines/GB.json: lines[1].hours; resources/crisis_lines/NO.json: lines[0].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Urgent mental health crisis support. Similar services exist in Wales and Scotland.</source>
        <extracomment>resources/crisis_lines/GB.json: lines[1].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shout</source>
        <extracomment>resources/crisis_lines/GB.json: lines[2].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>24/7, free</source>
        <extracomment>resources/crisis_lines/BE.json: lines[0].hours; resources/crisis_lines/FR.json: lines[0].hours; resources/crisis_lines/GB.json: lines[2].hours; resources/crisis_lines/IE.json: lines[0].hours; resources/crisis_lines/IE.json: lines[1].hours; resources/crisis_lines/NZ.json: lines[0].hours; resources/crisis_lines/NZ.json: lines[1].hours; resources/crisis_lines/US.json: lines[0].hours; resources/crisis_lines/US.json: lines[1].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Centre de Prévention du Suicide</source>
        <extracomment>resources/crisis_lines/BE.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In French. Anonymous.</source>
        <extracomment>resources/crisis_lines/BE.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>144 is the ambulance; 112 also works from any phone.</source>
        <extracomment>resources/crisis_lines/CH.json: emergency.note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Dargebotene Hand / La Main Tendue / Telefono Amico (Tel 143)</source>
        <extracomment>resources/crisis_lines/CH.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also for Liechtenstein. Anonymous.</source>
        <extracomment>resources/crisis_lines/CH.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIELI Crisis Helpline (Kriisipuhelin)</source>
        <extracomment>resources/crisis_lines/FI.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours are on mieli.fi</source>
        <extracomment>resources/crisis_lines/FI.json: lines[0].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Finnish. In Swedish: 09 2525 0112. The call costs your operator&apos;s usual rate.</source>
        <extracomment>resources/crisis_lines/FI.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIELI Crisis Helpline in English</source>
        <extracomment>resources/crisis_lines/FI.json: lines[1].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fridays 9 am to 1 pm only</source>
        <extracomment>resources/crisis_lines/FI.json: lines[1].hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 is the SAMU, the medical emergency service, at any hour; 112 works from any phone.</source>
        <extracomment>resources/crisis_lines/FR.json: emergency.note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3114, the national suicide prevention line</source>
        <extracomment>resources/crisis_lines/FR.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered by health professionals (nurses and psychologists), from mainland France and the overseas regions.</source>
        <extracomment>resources/crisis_lines/FR.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email replies can take time; to talk now, call 116 123.</source>
        <extracomment>resources/crisis_lines/GB.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose the mental health option (option 2 in England)</source>
        <extracomment>resources/crisis_lines/GB.json: lines[1].contacts[0].then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free across the island of Ireland.</source>
        <extracomment>resources/crisis_lines/IE.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>50808</source>
        <extracomment>resources/crisis_lines/IE.json: lines[1].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HSE-funded crisis text service.</source>
        <extracomment>resources/crisis_lines/IE.json: lines[1].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>113 is the medical emergency number: call it when a life is at risk.</source>
        <extracomment>resources/crisis_lines/NO.json: emergency.note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kirkens SOS</source>
        <extracomment>resources/crisis_lines/NO.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs the same as an ordinary landline call. Anonymous.</source>
        <extracomment>resources/crisis_lines/NO.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1737 Need to talk?</source>
        <extracomment>resources/crisis_lines/NZ.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trained counsellors.</source>
        <extracomment>resources/crisis_lines/NZ.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeline Aotearoa</source>
        <extracomment>resources/crisis_lines/NZ.json: lines[1].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text HELP (4357).</source>
        <extracomment>resources/crisis_lines/NZ.json: lines[1].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <extracomment>resources/crisis_lines/US.json: lines[0].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veterans: dial 988 then press 1, or text 838255. Spanish: press 2.</source>
        <extracomment>resources/crisis_lines/US.json: lines[0].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Text Line</source>
        <extracomment>resources/crisis_lines/US.json: lines[1].name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteer crisis counsellors.</source>
        <extracomment>resources/crisis_lines/US.json: lines[1].notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app does not list a crisis line for your country yet. Ask your clinic which crisis line to call where you live.</source>
        <extracomment>resources/crisis_lines/fallback.json: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location line="+396"/>
        <source>Getting started</source>
        <extracomment>resources/help/getting-started.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <extracomment>resources/help/sessions.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided prompts</source>
        <extracomment>resources/help/prompts.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal</source>
        <extracomment>resources/help/journal.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins, questionnaires and getting help</source>
        <extracomment>resources/help/checkins.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends</source>
        <extracomment>resources/help/trends.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summaries</source>
        <extracomment>resources/help/summaries.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing with your therapist</source>
        <extracomment>resources/help/sharing.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapist mode</source>
        <extracomment>resources/help/therapist.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy and locking</source>
        <extracomment>resources/help/privacy.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recovery kit</source>
        <extracomment>resources/help/recovery-kit.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <extracomment>resources/help/shortcuts.md</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../integration_journal/ui/insights_models.py" line="-214"/>
        <source>No particular domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spirit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it helps (no rhythm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Session, {date} ({route})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry, {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../integration_journal/ui/journal_models.py" line="-218"/>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring to my next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <location filename="data_texts.py" line="-634"/>
        <source>Patient Health Questionnaire-9 (PHQ-9)</source>
        <extracomment>resources/measures/phq9.json: title. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <extracomment>resources/measures/phq9.json: stem; resources/measures/phq2.json: stem. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last 2 weeks</source>
        <extracomment>resources/measures/phq9.json: recall; resources/measures/phq2.json: recall; resources/measures/gad7.json: recall; resources/measures/gad2.json: recall. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at all</source>
        <extracomment>resources/measures/phq9.json: options[0].label; resources/measures/phq2.json: options[0].label; resources/measures/gad7.json: options[0].label; resources/measures/gad2.json: options[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several days</source>
        <extracomment>resources/measures/phq9.json: options[1].label; resources/measures/phq2.json: options[1].label; resources/measures/gad7.json: options[1].label; resources/measures/gad2.json: options[1].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than half the days</source>
        <extracomment>resources/measures/phq9.json: options[2].label; resources/measures/phq2.json: options[2].label; resources/measures/gad7.json: options[2].label; resources/measures/gad2.json: options[2].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly every day</source>
        <extracomment>resources/measures/phq9.json: options[3].label; resources/measures/phq2.json: options[3].label; resources/measures/gad7.json: options[3].label; resources/measures/gad2.json: options[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Little interest or pleasure in doing things</source>
        <extracomment>resources/measures/phq9.json: items[0].text; resources/measures/phq2.json: items[0].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling down, depressed, or hopeless</source>
        <extracomment>resources/measures/phq9.json: items[1].text; resources/measures/phq2.json: items[1].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <extracomment>resources/measures/phq9.json: items[2].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling tired or having little energy</source>
        <extracomment>resources/measures/phq9.json: items[3].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor appetite or overeating</source>
        <extracomment>resources/measures/phq9.json: items[4].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <extracomment>resources/measures/phq9.json: items[5].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <extracomment>resources/measures/phq9.json: items[6].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <extracomment>resources/measures/phq9.json: items[7].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <extracomment>resources/measures/phq9.json: items[8].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?</source>
        <extracomment>resources/measures/phq9.json: functional_item.text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not difficult at all</source>
        <extracomment>resources/measures/phq9.json: functional_item.options[0].label; resources/measures/gad7.json: functional_item.options[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Somewhat difficult</source>
        <extracomment>resources/measures/phq9.json: functional_item.options[1].label; resources/measures/gad7.json: functional_item.options[1].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very difficult</source>
        <extracomment>resources/measures/phq9.json: functional_item.options[2].label; resources/measures/gad7.json: functional_item.options[2].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extremely difficult</source>
        <extracomment>resources/measures/phq9.json: functional_item.options[3].label; resources/measures/gad7.json: functional_item.options[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimal or none</source>
        <extracomment>resources/measures/phq9.json: bands[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild</source>
        <extracomment>resources/measures/phq9.json: bands[1].label; resources/measures/gad7.json: bands[1].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate</source>
        <extracomment>resources/measures/phq9.json: bands[2].label; resources/measures/gad7.json: bands[2].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderately severe</source>
        <extracomment>resources/measures/phq9.json: bands[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe</source>
        <extracomment>resources/measures/phq9.json: bands[4].label; resources/measures/gad7.json: bands[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response: at least 50% reduction from baseline</source>
        <extracomment>resources/measures/phq9.json: change_rules.response.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remission: total below 5</source>
        <extracomment>resources/measures/phq9.json: change_rules.remission.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a symptom score, not a diagnosis. Your clinician will look at it together with how you are doing overall.</source>
        <extracomment>resources/measures/phq9.json: result_note; resources/measures/phq2.json: result_note; resources/measures/gad7.json: result_note; resources/measures/gad2.json: result_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHQ-9 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/phq9.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission required to reproduce, translate, display or distribute.</source>
        <extracomment>resources/measures/phq9.json: licence; resources/measures/phq2.json: licence; resources/measures/gad7.json: licence; resources/measures/gad2.json: licence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient Health Questionnaire-2 (PHQ-2)</source>
        <extracomment>resources/measures/phq2.json: title. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A total of 3 or more is a positive screen: answering the full PHQ-9 gives a fuller picture. The PHQ-2 has no question about thoughts of self-harm, so it cannot show that there are no safety concerns.</source>
        <extracomment>resources/measures/phq2.json: positive_screen_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHQ-2 (the first two items of the PHQ-9) developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/phq2.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generalized Anxiety Disorder-7 (GAD-7)</source>
        <extracomment>resources/measures/gad7.json: title. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <extracomment>resources/measures/gad7.json: stem; resources/measures/gad2.json: stem. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling nervous, anxious, or on edge</source>
        <extracomment>resources/measures/gad7.json: items[0].text; resources/measures/gad2.json: items[0].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not being able to stop or control worrying</source>
        <extracomment>resources/measures/gad7.json: items[1].text; resources/measures/gad2.json: items[1].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worrying too much about different things</source>
        <extracomment>resources/measures/gad7.json: items[2].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trouble relaxing</source>
        <extracomment>resources/measures/gad7.json: items[3].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being so restless that it is hard to sit still</source>
        <extracomment>resources/measures/gad7.json: items[4].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Becoming easily annoyed or irritable</source>
        <extracomment>resources/measures/gad7.json: items[5].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling afraid, as if something awful might happen</source>
        <extracomment>resources/measures/gad7.json: items[6].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?</source>
        <extracomment>resources/measures/gad7.json: functional_item.text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimal</source>
        <extracomment>resources/measures/gad7.json: bands[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response: at least 50% reduction from baseline (by analogy with the PHQ-9)</source>
        <extracomment>resources/measures/gad7.json: change_rules.response.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remission: total below 5 (by analogy with the PHQ-9)</source>
        <extracomment>resources/measures/gad7.json: change_rules.remission.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/gad7.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generalized Anxiety Disorder-2 (GAD-2)</source>
        <extracomment>resources/measures/gad2.json: title. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A total of 3 or more is a positive screen: answering the full GAD-7 gives a fuller picture.</source>
        <extracomment>resources/measures/gad2.json: positive_screen_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAD-2 (the first two items of the GAD-7) developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/gad2.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEG (Pain, Enjoyment of life, General activity)</source>
        <extracomment>resources/measures/peg.json: title. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>past week</source>
        <extracomment>resources/measures/peg.json: recall. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What number best describes your pain on average in the past week?</source>
        <extracomment>resources/measures/peg.json: items[0].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pain</source>
        <extracomment>resources/measures/peg.json: items[0].anchors.min. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain as bad as you can imagine</source>
        <extracomment>resources/measures/peg.json: items[0].anchors.max. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
        <extracomment>resources/measures/peg.json: items[1].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not interfere</source>
        <extracomment>resources/measures/peg.json: items[1].anchors.min; resources/measures/peg.json: items[2].anchors.min. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completely interferes</source>
        <extracomment>resources/measures/peg.json: items[1].anchors.max; resources/measures/peg.json: items[2].anchors.max. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
        <extracomment>resources/measures/peg.json: items[2].text. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No validated bands. Some third-party calculators print mild/moderate/severe ranges that are not from the validation paper; they are not shown as clinical bands.</source>
        <extracomment>resources/measures/peg.json: bands_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaningful change: at least 30% reduction from baseline (by analogy with IMMPACT benchmarks for 0–10 pain ratings)</source>
        <extracomment>resources/measures/peg.json: change_rules.meaningful_change.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krebs EE, Lorenz KA, Bair MJ, et al. J Gen Intern Med. 2009;24(6):733-738.</source>
        <extracomment>resources/measures/peg.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freely available (public domain); open-access validation article.</source>
        <extracomment>resources/measures/peg.json: licence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../integration_journal/ui/messages.py" line="+21"/>
        <source>That passphrase does not open this journal. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was not enough memory to open the journal. Closing other programs may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal folder could not be used ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong. Nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../integration_journal/ui/main_window/entry_list_page.py" line="-30"/>
        <location filename="../../integration_journal/ui/pages/journal/page.py" line="-964"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/checkins.py" line="-567"/>
        <source>Check-ins &amp; questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/inbox.py" line="-566"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/insights/page.py" line="-14"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/patients.py" line="-209"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/prompt_packs.py" line="-532"/>
        <source>Prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/safety_plan.py" line="+221"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/sessions.py" line="-519"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/sharing.py" line="-324"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/summaries.py" line="-259"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/today.py" line="-369"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/page.py" line="-405"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="data_texts.py" line="+218"/>
        <source>What is bringing you to this treatment right now? A sentence or two is plenty.</source>
        <extracomment>resources/prompts/core.json: prep-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyday words work best — &apos;I&apos;m tired of feeling flat&apos; is a perfectly good answer.</source>
        <extracomment>resources/prompts/core.json: prep-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this session helped even a little, what is the first small thing you might notice in an ordinary day?</source>
        <extracomment>resources/prompts/core.json: prep-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Think concrete and small: getting out of bed more easily, one less worry loop, calling a friend back.</source>
        <extracomment>resources/prompts/core.json: prep-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one intention for this session as an open invitation rather than a demand.</source>
        <extracomment>resources/prompts/core.json: prep-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example, &apos;I&apos;m open to seeing my worry from a little further away&apos; rather than &apos;I must get rid of my worry&apos;. You can reuse or revise it each session.</source>
        <extracomment>resources/prompts/core.json: prep-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What, if anything, worries you about the session itself?</source>
        <extracomment>resources/prompts/core.json: prep-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naming a concern — feeling out of control, nausea, odd sensations, what others will think — lets you and your clinician plan for it ahead of time.</source>
        <extracomment>resources/prompts/core.json: prep-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps you steady yourself when feelings get big?</source>
        <extracomment>resources/prompts/core.json: prep-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A slow breath, a phrase, a piece of music, a hand on your chest. You can lean on it during and after the session.</source>
        <extracomment>resources/prompts/core.json: prep-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what will support you on session day, and is anything still missing?</source>
        <extracomment>resources/prompts/core.json: prep-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ride home, someone nearby, food ready for later, time cleared in your calendar, a quiet evening.</source>
        <extracomment>resources/prompts/core.json: prep-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ride arranged</source>
        <extracomment>resources/prompts/core.json: prep-06.options.ride</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support person</source>
        <extracomment>resources/prompts/core.json: prep-06.options.support-person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food ready</source>
        <extracomment>resources/prompts/core.json: prep-06.options.food</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day cleared</source>
        <extracomment>resources/prompts/core.json: prep-06.options.day-cleared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pets/children covered</source>
        <extracomment>resources/prompts/core.json: prep-06.options.care-covered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <extracomment>resources/prompts/core.json: prep-06.options.other; resources/prompts/core.json: sd-01.options.other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it brief today. Rest, drink water, no driving, and hold off on big decisions.</source>
        <extracomment>resources/prompts/core.json: same-day.banner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right now my body feels…</source>
        <extracomment>resources/prompts/core.json: sd-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap any that fit — no sentences needed.</source>
        <extracomment>resources/prompts/core.json: sd-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heavy</source>
        <extracomment>resources/prompts/core.json: sd-01.options.heavy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <extracomment>resources/prompts/core.json: sd-01.options.light</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floaty</source>
        <extracomment>resources/prompts/core.json: sd-01.options.floaty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tingly</source>
        <extracomment>resources/prompts/core.json: sd-01.options.tingly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tired</source>
        <extracomment>resources/prompts/core.json: sd-01.options.tired</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calm</source>
        <extracomment>resources/prompts/core.json: sd-01.options.calm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wobbly</source>
        <extracomment>resources/prompts/core.json: sd-01.options.wobbly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queasy</source>
        <extracomment>resources/prompts/core.json: sd-01.options.queasy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achy</source>
        <extracomment>resources/prompts/core.json: sd-01.options.achy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buzzing</source>
        <extracomment>resources/prompts/core.json: sd-01.options.buzzing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three words for the experience.</source>
        <extracomment>resources/prompts/core.json: sd-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single words, colours or images are enough. You can say more tomorrow.</source>
        <extracomment>resources/prompts/core.json: sd-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One moment, image or feeling you&apos;d like to remember.</source>
        <extracomment>resources/prompts/core.json: sd-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catch it before it fades — a phrase or a voice note is plenty.</source>
        <extracomment>resources/prompts/core.json: sd-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood right now.</source>
        <extracomment>resources/prompts/core.json: sd-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = lowest, 10 = best. It&apos;s normal for this to shift over the next day or two.</source>
        <extracomment>resources/prompts/core.json: sd-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do you need for the rest of today?</source>
        <extracomment>resources/prompts/core.json: sd-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest, food, water, quiet, company, an early night. Keep plans simple.</source>
        <extracomment>resources/prompts/core.json: sd-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <extracomment>resources/prompts/core.json: sd-05.options.rest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food</source>
        <extracomment>resources/prompts/core.json: sd-05.options.food</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water</source>
        <extracomment>resources/prompts/core.json: sd-05.options.water</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet</source>
        <extracomment>resources/prompts/core.json: sd-05.options.quiet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <extracomment>resources/prompts/core.json: sd-05.options.company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early night</source>
        <extracomment>resources/prompts/core.json: sd-05.options.early-night</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in particular</source>
        <extracomment>resources/prompts/core.json: sd-05.options.nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was anything unsettling that you&apos;d like your therapist to know about?</source>
        <extracomment>resources/prompts/core.json: sd-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional. A word or two is enough; you can go through it properly at your integration session.</source>
        <extracomment>resources/prompts/core.json: sd-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read back what you noted yesterday. What stands out to you now?</source>
        <extracomment>resources/prompts/core.json: nd-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sometimes the meaning of an image or feeling only becomes clear with a night&apos;s sleep.</source>
        <extracomment>resources/prompts/core.json: nd-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did you sleep, and how does your mind feel this morning compared with before the session?</source>
        <extracomment>resources/prompts/core.json: nd-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quieter, foggier, lighter, raw, the same — all are common.</source>
        <extracomment>resources/prompts/core.json: nd-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did any belief or story about yourself look different during or after the session?</source>
        <extracomment>resources/prompts/core.json: nd-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For instance, a harsh inner voice sounding quieter, or an old situation seen from a new angle. Write the old version and the new one side by side.</source>
        <extracomment>resources/prompts/core.json: nd-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which emotions are around today, and where do you notice them in your body?</source>
        <extracomment>resources/prompts/core.json: nd-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the feeling, then the place: &apos;tightness in my throat — sadness&apos;.</source>
        <extracomment>resources/prompts/core.json: nd-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was any part of the experience confusing, uncomfortable or frightening?</source>
        <extracomment>resources/prompts/core.json: nd-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficult moments are common and often valuable to explore with your therapist. You don&apos;t have to make sense of them alone.</source>
        <extracomment>resources/prompts/core.json: nd-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one small action for the next two days that fits your intention.</source>
        <extracomment>resources/prompts/core.json: nd-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it specific and doable — a 10-minute walk, one honest message, 5 minutes of quiet.</source>
        <extracomment>resources/prompts/core.json: nd-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you caught yourself reacting to a familiar trigger in a slightly new way?</source>
        <extracomment>resources/prompts/core.json: d3-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what happened, what you did, and what was different — even a pause before reacting counts.</source>
        <extracomment>resources/prompts/core.json: d3-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How did the small action you chose go? What helped and what got in the way?</source>
        <extracomment>resources/prompts/core.json: d3-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it didn&apos;t happen, shrink it and try again — that is part of the process, not a failure.</source>
        <extracomment>resources/prompts/core.json: d3-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which old thought loops have shown up again? What did you notice when they did?</source>
        <extracomment>resources/prompts/core.json: d3-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noticing is progress. Try labelling them (&apos;there&apos;s the worry story again&apos;) without arguing.</source>
        <extracomment>resources/prompts/core.json: d3-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is your body asking for this week?</source>
        <extracomment>resources/prompts/core.json: d3-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More sleep, movement, regular meals, time outdoors, rest from screens.</source>
        <extracomment>resources/prompts/core.json: d3-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More sleep</source>
        <extracomment>resources/prompts/core.json: d3-05.options.sleep</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement</source>
        <extracomment>resources/prompts/core.json: d3-05.options.movement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular meals</source>
        <extracomment>resources/prompts/core.json: d3-05.options.meals</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time outdoors</source>
        <extracomment>resources/prompts/core.json: d3-05.options.outdoors</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest from screens</source>
        <extracomment>resources/prompts/core.json: d3-05.options.screens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a conversation you&apos;d like to have, or a boundary you&apos;d like to set?</source>
        <extracomment>resources/prompts/core.json: d3-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what you want to say in a sentence; you can rehearse it with your therapist first.</source>
        <extracomment>resources/prompts/core.json: d3-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking back over the week: what has changed, what hasn&apos;t, and what are you unsure about?</source>
        <extracomment>resources/prompts/core.json: w1-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three short lists are fine.</source>
        <extracomment>resources/prompts/core.json: w1-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has your intention changed? If you reworded it today, what would it say?</source>
        <extracomment>resources/prompts/core.json: w1-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intentions often become more specific or gentler over a treatment course.</source>
        <extracomment>resources/prompts/core.json: w1-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where did you act in line with what matters to you this week?</source>
        <extracomment>resources/prompts/core.json: w1-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Think of values like care, honesty, curiosity, play — and one moment you lived one of them.</source>
        <extracomment>resources/prompts/core.json: w1-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped your mood or anxiety most this week — people, places, habits?</source>
        <extracomment>resources/prompts/core.json: w1-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This becomes your personal toolkit for the weeks ahead.</source>
        <extracomment>resources/prompts/core.json: w1-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would you like to bring to your next therapy or integration session?</source>
        <extracomment>resources/prompts/core.json: w1-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions, stuck points, things you&apos;re proud of. Marked items can be added to your appointment summary.</source>
        <extracomment>resources/prompts/core.json: w1-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are any after-effects from the session still hanging around?</source>
        <extracomment>resources/prompts/core.json: w1-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If so, log them in the side-effect tracker so they appear in your summary.</source>
        <extracomment>resources/prompts/core.json: w1-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>resources/prompts/core.json: w1-06.options.no</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>resources/prompts/core.json: w1-06.options.yes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick check-in: one word for your mood, one for your energy.</source>
        <extracomment>resources/prompts/core.json: on-01.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes ten seconds; patterns show up over weeks.</source>
        <extracomment>resources/prompts/core.json: on-01.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When today did you feel even slightly more like yourself?</source>
        <extracomment>resources/prompts/core.json: on-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiny moments count — a laugh, a task finished, a walk in daylight.</source>
        <extracomment>resources/prompts/core.json: on-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which practice did you keep up this week, and what made it easier or harder?</source>
        <extracomment>resources/prompts/core.json: on-04.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing, movement, journaling, time in nature, creative work, connection.</source>
        <extracomment>resources/prompts/core.json: on-04.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are there early signs that benefits are fading — sleep, motivation, worry, irritability?</source>
        <extracomment>resources/prompts/core.json: on-05.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>If anything from the session felt important, does it still feel true today?</source>
        <extracomment>resources/prompts/core.json: d3-02.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is fine if nothing stood out, or if something has faded. Both are worth noticing.</source>
        <extracomment>resources/prompts/core.json: d3-02.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write down one familiar negative thought from today. How might a wider or kinder view answer it?</source>
        <extracomment>resources/prompts/core.json: on-03.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That view can come from therapy, your sessions, or someone who knows you — not forced positivity, just a wider view.</source>
        <extracomment>resources/prompts/core.json: on-03.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing them down helps you judge, with your care team, what might help next.</source>
        <extracomment>resources/prompts/core.json: on-05.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep</source>
        <extracomment>resources/prompts/core.json: on-05.options.sleep</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motivation</source>
        <extracomment>resources/prompts/core.json: on-05.options.motivation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry</source>
        <extracomment>resources/prompts/core.json: on-05.options.worry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irritability</source>
        <extracomment>resources/prompts/core.json: on-05.options.irritability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None that I notice</source>
        <extracomment>resources/prompts/core.json: on-05.options.none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something you appreciated today, however small.</source>
        <extracomment>resources/prompts/core.json: on-06.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person, a taste, a view, a moment of quiet.</source>
        <extracomment>resources/prompts/core.json: on-06.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking ahead to your next session: what intention feels right now?</source>
        <extracomment>resources/prompts/core.json: on-07.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can build on the last one or head somewhere new.</source>
        <extracomment>resources/prompts/core.json: on-07.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How is pain shaping your days at the moment, and what would you most like to have more room for?</source>
        <extracomment>resources/prompts/pain.json: prep-07-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus on what matters to you — sleep, a hobby, time with people — not only the pain number.</source>
        <extracomment>resources/prompts/pain.json: prep-07-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick one activity that pain currently limits and describe what &apos;a bit better&apos; would look like.</source>
        <extracomment>resources/prompts/pain.json: prep-08-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g., &apos;walk to the corner shop without stopping&apos; or &apos;sit through a film&apos;. This becomes a goal you can track.</source>
        <extracomment>resources/prompts/pain.json: prep-08-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with just before the session, my pain right now is…</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less / about the same / more / not sure. Any change is useful information, even if it doesn&apos;t last.</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.options.less</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the same</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.options.same</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.options.more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure</source>
        <extracomment>resources/prompts/pain.json: sd-07-pain.options.not-sure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did your relationship to the pain feel any different — more distance from it, less fear, less urgency?</source>
        <extracomment>resources/prompts/pain.json: nd-07-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How pain is experienced can shift even when its intensity is similar; both are worth noting.</source>
        <extracomment>resources/prompts/pain.json: nd-07-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the session, which activity was easiest and which was hardest because of pain?</source>
        <extracomment>resources/prompts/pain.json: nd-08-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This helps you and your care team see function, not just intensity.</source>
        <extracomment>resources/prompts/pain.json: nd-08-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate today&apos;s pain and note one thing you did alongside it.</source>
        <extracomment>resources/prompts/pain.json: d3-07-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pacing tip: choose a level of activity you could repeat tomorrow, rather than pushing until a flare.</source>
        <extracomment>resources/prompts/pain.json: d3-07-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the pain flared, what did you tell yourself? Is there a kinder or more accurate version?</source>
        <extracomment>resources/prompts/pain.json: d3-08-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g., &apos;This will never end&apos; → &apos;This is a flare; flares have eased before.&apos;</source>
        <extracomment>resources/prompts/pain.json: d3-08-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How does this week&apos;s balance of pain and life compare with before treatment?</source>
        <extracomment>resources/prompts/pain.json: w1-07-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider sleep, movement, mood, and social time — not only the pain score.</source>
        <extracomment>resources/prompts/pain.json: w1-07-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which pain-management tools did you use this week, and how well did each work?</source>
        <extracomment>resources/prompts/pain.json: w1-08-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat, stretching, pacing, medication, distraction, breathing, rest — rate each &apos;helped / a bit / no&apos;.</source>
        <extracomment>resources/prompts/pain.json: w1-08-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly pain goal check: which meaningful activity are you working back toward, and what&apos;s the next small step?</source>
        <extracomment>resources/prompts/pain.json: on-08-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link it to the goal you set during preparation; small, repeatable steps beat big pushes.</source>
        <extracomment>resources/prompts/pain.json: on-08-pain.hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <location filename="../../integration_journal/ui/questionnaire_dialog.py" line="+85"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Incomplete: %n question(s) not answered (item(s) {numbers}), so no total is calculated.</source>
        <translation>
            <numerusform>Incomplete: %n question not answered (item {numbers}), so no total is calculated.</numerusform>
            <numerusform>Incomplete: %n questions not answered (items {numbers}), so no total is calculated.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} of {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (the average of {count} answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} — {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>press {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{question}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{low} = {low_text}   ·   {high} = {high_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the numbers mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the answer to question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+168"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer with the mouse, or press {low} to {high} on the keyboard (Delete clears). You can leave a question out. Nothing is added to your history until you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer with the mouse, or press 0 to 9 on the keyboard (the arrow keys reach 10), then Tab to go on. You can leave a question out. Nothing is added to your history until you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time frame: the {recall}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This question helps your clinician understand; it is not part of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Question {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please check your answers. You can change any of them before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the answer to question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thank you. Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the full questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A support panel has opened next to this window, with people you can reach now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;support panel again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the support panel again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get &amp;help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attribution and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n question(s) not answered: no total will be calculated. That is fine — you can still submit.</source>
        <translation>
            <numerusform>%n question not answered: no total will be calculated. That is fine — you can still submit.</numerusform>
            <numerusform>%n questions not answered: no total will be calculated. That is fine — you can still submit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your answers could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Answer the full {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leave the questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers have not been saved. Leave without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Continue the questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You started the {name} on {date} and did not submit it ({count} of {total} questions answered). Continue where you left off, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your earlier answers are back. Change any of them, then review and submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <location filename="../../integration_journal/ui/recovery_kit.py" line="-316"/>
        <source>This kit lets you back into your journal if you ever forget your passphrase. Anyone who has it can open the journal and set a new passphrase, so keep it somewhere private, the way you would keep a spare key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To use it: open Integration Journal, choose “Use recovery kit…” on the unlock screen and type the groups in order. Upper or lower case both work; the dashes are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you use the kit, the app gives you a new one and this one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration Journal — recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminder_tray</name>
    <message>
        <location filename="../../integration_journal/ui/reminder_tray.py" line="+34"/>
        <source>A reflection is ready in Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+15"/>
        <source>Integration Journal reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open Integration Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn reminders off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../integration_journal/ui/pages/safety_plan.py" line="-143"/>
        <location line="+150"/>
        <location line="+2"/>
        <location line="+158"/>
        <location filename="../../integration_journal/ui/safety_panel.py" line="+152"/>
        <location filename="data_texts.py" line="+134"/>
        <source>My safety plan</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TITLE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-284"/>
        <source>About {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{section}: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2 edits the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a line, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line for {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the line to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected line from {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected line up in {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected line down in {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A plan for hard moments, best made together with your therapist: start with what you can do on your own, then people, then professionals. You can change it any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../integration_journal/ui/safety_panel.py" line="+54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the &amp;crisis lines for my country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the emergency number and crisis lines for my country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety plan sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the safety plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the safety plan as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety plan could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emergency: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/ui/safety_panel.py" line="-87"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the safety plan as a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is not encrypted: anyone who can open the file can read your safety plan. Save it only somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written there: {reason} Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/safety_panel.py" line="-59"/>
        <source>Call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{call}, then {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text {word} to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat online: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="data_texts.py" line="-22"/>
        <source>your local emergency number</source>
        <extracomment>integration_journal/core/safety.py: LOCAL_EMERGENCY_NUMBER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please reach out today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crisis lines ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{section}: what I wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not written a safety plan yet. It can help to make one together with your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No safety plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="data_texts.py" line="+8"/>
        <source>Open my safety plan</source>
        <extracomment>integration_journal/core/safety.py: OPEN_PLAN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Make a safety plan with my therapist</source>
        <extracomment>integration_journal/core/safety.py: MAKE_PLAN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacting your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your clinic ({name}): {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your clinic: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinic: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your clinic&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy your clinic&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clinic&apos;s after-hours line: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your clinic&apos;s after-hours line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy your clinic&apos;s after-hours number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="data_texts.py" line="-14"/>
        <source>Thank you for answering honestly. You said thoughts of being better off dead or of hurting yourself have come up. You don&apos;t have to handle that alone.</source>
        <extracomment>integration_journal/core/safety.py: THANKS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you might act on these thoughts or are in danger now, call {number}.</source>
        <extracomment>integration_journal/core/safety.py: EMERGENCY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please reach out today.</source>
        <extracomment>integration_journal/core/safety.py: FIRMER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can help to contact your clinician or clinic and tell them.</source>
        <extracomment>integration_journal/core/safety.py: CLINIC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app does not monitor your answers in real time. Your therapist will only see this if you share or export it.</source>
        <extracomment>integration_journal/core/safety.py: NOT_MONITORED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You don&apos;t have to handle this alone. Here is who you can reach.</source>
        <extracomment>integration_journal/core/safety.py: HELP_NOW_INTRO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are in danger now, call {number}.</source>
        <extracomment>integration_journal/core/safety.py: HELP_NOW_EMERGENCY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app does not monitor what you write or answer. Your therapist will only see it if you share or export it.</source>
        <extracomment>integration_journal/core/safety.py: HELP_NOW_NOT_MONITORED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get help now: run `integration-journal help-now`, or call {number} in an emergency.</source>
        <extracomment>integration_journal/core/safety.py: HELP_NOW_COMMAND</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/safety_plan.py" line="-325"/>
        <location filename="data_texts.py" line="+4"/>
        <source>My early signs</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-1&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Thoughts, feelings, situations or behaviours that tell me things are starting to slide. Be specific (&apos;three bad nights in a row&apos;, &apos;cancelling everything&apos;).</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-1&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Things I can do on my own to get through the moment</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-2&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Simple activities that shift my attention or calm my body, without needing anyone else.</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-2&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>People and places that help me feel less alone</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-3&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Someone to be around or a place to go — I don&apos;t have to explain what&apos;s happening to them.</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-3&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>People I can tell I&apos;m struggling and ask for help</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-4&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Names and numbers of people I trust to talk to directly.</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-4&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Professionals and crisis services</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-5&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>My therapist, prescriber/clinic, after-hours line, local crisis line and emergency number (pre-filled from my country, editable).</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-5&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Making my surroundings safer</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-6&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Steps to put distance between me and anything I could use to hurt myself, and who can help with that.</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-6&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>What matters most to me</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-7&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Reasons to keep going — people, pets, plans, values.</source>
        <extracomment>integration_journal/core/safety.py: SAFETY_PLAN_TEXT[&apos;sp-7&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/questionnaire_dialog.py" line="-280"/>
        <location filename="data_texts.py" line="-32"/>
        <source>You left question 9 unanswered, and that&apos;s okay. If you would like support at any time, Get help now shows who you can reach.</source>
        <extracomment>integration_journal/core/safety.py: ITEM9_SKIPPED</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../integration_journal/ui/session_models.py" line="-169"/>
        <source>IV infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IM injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal esketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lozenge (under the tongue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+23"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, with a support person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ketamine (racemic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30–60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone drove me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxi or rideshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed (I was at home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>During or soon after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the day or the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the medicine was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the next few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over weeks or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{dose} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../integration_journal/ui/pages/inbox.py" line="-176"/>
        <source>{kind} this version cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../integration_journal/ui/sharing/replies_list.py" line="+58"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/ui/sharing/replies_list.py" line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+131"/>
        <location filename="../../integration_journal/ui/sharing/models.py" line="+121"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <location filename="../../integration_journal/ui/sharing/models.py" line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../../integration_journal/ui/sharing/models.py" line="+20"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New, opened, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New, not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Comment for the patient, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the patient, sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location filename="../../integration_journal/ui/sharing/models.py" line="-20"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/prompt_packs.py" line="-135"/>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+23"/>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+0"/>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+1"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+0"/>
        <source>A few days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+1"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words to tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words to tap and a line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/texts.py" line="+46"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/replies_list.py" line="-29"/>
        <source>An entry deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../integration_journal/ui/sharing/texts.py" line="+1"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Comments from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No comments yet. When you open a reply that holds comments, each one is listed here with the entry it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comment in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a comment above to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Open &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Open the entry in the Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{who}, {when}, about “{what}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the session on the Sessions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry was deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This item cannot be opened from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/texts.py" line="+0"/>
        <source>Prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} questionnaire results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} questionnaire result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Session, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an item shared earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety flag: item 9 answered {value} (thoughts of being better off dead or of self-harm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped items: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose (as told by the clinic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/models.py" line="-98"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys changed: compare again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/ui/sharing/safety_number_panel.py" line="+50"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their copy is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the copy sent before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/safety_number_panel.py" line="-6"/>
        <source>Key change warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety number as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare these 60 digits with the ones on your contact&apos;s screen, in person or on a call you trust (or scan the QR code). If every group matches, mark them verified. If they differ, do not share: the card may not be theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their safety number, to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the digits they read out, or paste their scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw &amp;verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a contact to see your safety number with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety number with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keys of {name} have changed since you last verified them. This happens when someone sets up the app again, and also when a card is not really theirs. Sharing with {name} is paused until you compare the new safety number and mark them verified again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified: you compared this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified yet: nothing can be sent until you compare the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These digits match the safety number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These digits do not match. Do not mark this contact verified; ask them to read their number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/contacts_panel.py" line="+39"/>
        <source>Add from card &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact from a card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasted contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or paste the card text here (it starts with IJCARD1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;pasted card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the pasted card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my c&amp;ard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my contact card to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your card holds your name and public keys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy my card as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my contact card as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The name “{name}” looks like that of your contact “{existing}”, but this card has different keys: it is not their card. Someone may be passing for them.

Add it only if you are sure it is someone else, and compare the safety number with them in person before sharing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name that looks familiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keys of {name} have changed. Compare the new safety number before sharing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was added. Compare the safety number with them, then mark them verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card of {name} was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Contact cards (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The card file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the card text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your card is saved as {name}. Give it to your contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your card is copied. Paste it into a message to your contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/preview_dialog.py" line="+24"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {name}: {counts}. Only {name} can open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full text of the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save share file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../integration_journal/ui/sharing/share_writer.py" line="+65"/>
        <source>Save share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/share_writer.py" line="-21"/>
        <source>Choose a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the safety number with {name} and mark them verified before sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/receiving.py" line="+21"/>
        <location filename="../../integration_journal/ui/sharing/share_writer.py" line="+20"/>
        <source>Share files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/share_writer.py" line="+10"/>
        <source>Encrypting and writing the share file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {name}: {counts}, readable only by {contact}. Give the file to them the way you agreed (for example on a USB stick or by email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/receiving.py" line="+13"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} was not imported. {reason} Nothing from it was shown or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from {name}: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/sharing/reader_header.py" line="+0"/>
        <source>About a week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to a session not shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From {name} · received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../integration_journal/ui/sharing/reply.py" line="+24"/>
        <source>%n comment(s) not sent yet</source>
        <translation>
            <numerusform>%n comment not sent yet</numerusform>
            <numerusform>%n comments not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Comments waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>R&amp;eply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Writing the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an item to reply to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eply to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes a share file for {name} with the comments not sent yet (prompt packs are sent from the Patients page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to send: add a comment for the patient first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <location filename="../../integration_journal/ui/session_models.py" line="-50"/>
        <location filename="data_texts.py" line="-452"/>
        <source>Severe — couldn&apos;t function or needed help</source>
        <extracomment>integration_journal/core/side_effects.py: SEVERITY_LABELS[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>Moderate — had to lie down or change plans</source>
        <extracomment>integration_journal/core/side_effects.py: SEVERITY_LABELS[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>Mild — noticeable, didn&apos;t stop me</source>
        <extracomment>integration_journal/core/side_effects.py: SEVERITY_LABELS[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>None</source>
        <extracomment>integration_journal/core/side_effects.py: SEVERITY_LABELS[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="data_texts.py" line="+16"/>
        <source>Still going</source>
        <extracomment>integration_journal/core/side_effects.py: DURATION_LABELS[&apos;ongoing&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>Into the next day</source>
        <extracomment>integration_journal/core/side_effects.py: DURATION_LABELS[&apos;next-day&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>The rest of the day</source>
        <extracomment>integration_journal/core/side_effects.py: DURATION_LABELS[&apos;rest-of-day&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>1–4 hours</source>
        <extracomment>integration_journal/core/side_effects.py: DURATION_LABELS[&apos;1-4h&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="-2"/>
        <source>Less than an hour</source>
        <extracomment>integration_journal/core/side_effects.py: DURATION_LABELS[&apos;under-1h&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="data_texts.py" line="-72"/>
        <source>Feeling detached, unreal or outside my body</source>
        <extracomment>integration_journal/core/side_effects.py: dissociation.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in vision, sound or sense of time/space</source>
        <extracomment>integration_journal/core/side_effects.py: perceptual.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeing or hearing things others don&apos;t</source>
        <extracomment>integration_journal/core/side_effects.py: hallucinations.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea</source>
        <extracomment>integration_journal/core/side_effects.py: nausea.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vomiting</source>
        <extracomment>integration_journal/core/side_effects.py: vomiting.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dizziness or light-headedness</source>
        <extracomment>integration_journal/core/side_effects.py: dizziness.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinning sensation</source>
        <extracomment>integration_journal/core/side_effects.py: vertigo.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very sleepy / hard to stay awake</source>
        <extracomment>integration_journal/core/side_effects.py: sedation.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling drunk or unsteady on my feet</source>
        <extracomment>integration_journal/core/side_effects.py: drunk_unsteady.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbness or tingling (incl. mouth/tongue)</source>
        <extracomment>integration_journal/core/side_effects.py: numbness.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blurred or double vision</source>
        <extracomment>integration_journal/core/side_effects.py: vision_blur.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <extracomment>integration_journal/core/side_effects.py: headache.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anxiety, panic or agitation</source>
        <extracomment>integration_journal/core/side_effects.py: anxiety_agitation.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confusion or trouble thinking clearly</source>
        <extracomment>integration_journal/core/side_effects.py: confusion.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pounding or racing heart</source>
        <extracomment>integration_journal/core/side_effects.py: racing_heart.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High blood pressure reading (if you have a cuff)</source>
        <extracomment>integration_journal/core/side_effects.py: bp_high.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusually &apos;high&apos; or euphoric</source>
        <extracomment>integration_journal/core/side_effects.py: euphoria.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong emotional release / tearfulness</source>
        <extracomment>integration_journal/core/side_effects.py: tearful.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nose or throat irritation, taste change</source>
        <extracomment>integration_journal/core/side_effects.py: nasal_throat.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness where the injection went in</source>
        <extracomment>integration_journal/core/side_effects.py: injection_site.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness/bruising at the drip site</source>
        <extracomment>integration_journal/core/side_effects.py: iv_site.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mouth numbness or lots of saliva</source>
        <extracomment>integration_journal/core/side_effects.py: mouth_saliva.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness / &apos;hangover&apos; feeling</source>
        <extracomment>integration_journal/core/side_effects.py: fatigue.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep changes or vivid dreams</source>
        <extracomment>integration_journal/core/side_effects.py: sleep_change.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low mood dip after the session</source>
        <extracomment>integration_journal/core/side_effects.py: mood_dip.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irritability</source>
        <extracomment>integration_journal/core/side_effects.py: irritability.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory or concentration problems</source>
        <extracomment>integration_journal/core/side_effects.py: memory.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needing to pee more often or urgently, or pain when peeing</source>
        <extracomment>integration_journal/core/side_effects.py: urinary.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urges to take ketamine outside my treatment plan</source>
        <extracomment>integration_journal/core/side_effects.py: cravings.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depression or anxiety getting worse</source>
        <extracomment>integration_journal/core/side_effects.py: worsening.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusually high energy, little need for sleep, racing thoughts for several days</source>
        <extracomment>integration_journal/core/side_effects.py: elevated_mood.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts of being better off dead or of self-harm</source>
        <extracomment>integration_journal/core/side_effects.py: suicidal_thoughts.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Driving</source>
        <extracomment>integration_journal/core/side_effects.py: ESKETAMINE_DRIVING_SUBJECT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after nasal esketamine</source>
        <extracomment>integration_journal/core/side_effects.py: ESKETAMINE_DRIVING_WHEN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No driving, operating machinery or anything else that needs you fully alert until the next day after a restful sleep, as the esketamine label says.</source>
        <extracomment>integration_journal/core/side_effects.py: ESKETAMINE_DRIVING_GUIDANCE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your clinic know about it.</source>
        <extracomment>integration_journal/core/side_effects.py: dissociation.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it is still there the next day, or it feels frightening</source>
        <extracomment>integration_journal/core/side_effects.py: dissociation.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your clinic soon so they can check in with you.</source>
        <extracomment>integration_journal/core/side_effects.py: hallucinations.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it carries on after the session day, or comes with suspicious or paranoid thoughts</source>
        <extracomment>integration_journal/core/side_effects.py: hallucinations.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your clinic.</source>
        <extracomment>integration_journal/core/side_effects.py: vomiting.red_flag.guidance; integration_journal/core/side_effects.py: confusion.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if you keep vomiting or can&apos;t keep fluids down</source>
        <extracomment>integration_journal/core/side_effects.py: vomiting.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call your local emergency number now.</source>
        <extracomment>integration_journal/core/side_effects.py: sedation.red_flag.guidance; integration_journal/core/side_effects.py: headache.red_flag.guidance; integration_journal/core/side_effects.py: racing_heart.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if someone cannot be woken, or has trouble breathing</source>
        <extracomment>integration_journal/core/side_effects.py: sedation.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes on suddenly and is severe, like the worst headache ever</source>
        <extracomment>integration_journal/core/side_effects.py: headache.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it has not cleared by the next day</source>
        <extracomment>integration_journal/core/side_effects.py: confusion.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes with chest pain or shortness of breath</source>
        <extracomment>integration_journal/core/side_effects.py: racing_heart.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A reading of 180/120 or higher: wait a few minutes and measure again. If it is still that high and you have chest pain, shortness of breath, back pain, numbness or weakness, a change in vision or difficulty speaking, call your local emergency number. Without those symptoms, contact your clinic or a health professional promptly.</source>
        <extracomment>integration_journal/core/side_effects.py: BP_CRISIS_GUIDANCE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You don&apos;t have to handle that alone — see the support options.</source>
        <extracomment>integration_journal/core/side_effects.py: mood_dip.red_flag.guidance; integration_journal/core/side_effects.py: suicidal_thoughts.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes with thoughts of harming yourself</source>
        <extracomment>integration_journal/core/side_effects.py: mood_dip.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your clinic: bladder irritation linked to ketamine needs a review.</source>
        <extracomment>integration_journal/core/side_effects.py: urinary.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if there is blood in your urine or pain in your bladder</source>
        <extracomment>integration_journal/core/side_effects.py: urinary.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your prescriber; this is a known risk they will want to know about.</source>
        <extracomment>integration_journal/core/side_effects.py: cravings.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whenever it happens</source>
        <extracomment>integration_journal/core/side_effects.py: cravings.red_flag.when; integration_journal/core/side_effects.py: elevated_mood.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your prescriber; it may be a mood change they should look at.</source>
        <extracomment>integration_journal/core/side_effects.py: elevated_mood.red_flag.guidance</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../integration_journal/ui/summary_pdf.py" line="+154"/>
        <source>{title} score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{title} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Daily check-ins (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+83"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="+341"/>
        <location filename="../../integration_journal/core/summary/html.py" line="+41"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="+6"/>
        <location line="+82"/>
        <source>Patient-generated; not a clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/summaries.py" line="+44"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-152"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+187"/>
        <location line="+2"/>
        <source>Medication changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Questions for my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>What I chose to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Treatment sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Safety flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-146"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+7"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-2"/>
        <location line="+2"/>
        <source>Severe or lasting effects to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-317"/>
        <location line="+278"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-278"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>by analogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>n/a (baseline below {minimum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries marked for sharing are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+5"/>
        <source>Scores in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+13"/>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+0"/>
        <source>Latest (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Baseline (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-47"/>
        <location line="+47"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>item {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>severity {severity} of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="data_texts.py" line="+656"/>
        <source>lasted under an hour</source>
        <extracomment>integration_journal/core/summary/wording.py: DURATION_TEXT[&apos;under-1h&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="+2"/>
        <source>lasted 1–4 hours</source>
        <extracomment>integration_journal/core/summary/wording.py: DURATION_TEXT[&apos;1-4h&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="+2"/>
        <source>lasted the rest of the day</source>
        <extracomment>integration_journal/core/summary/wording.py: DURATION_TEXT[&apos;rest-of-day&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="+2"/>
        <source>lasted into the next day</source>
        <extracomment>integration_journal/core/summary/wording.py: DURATION_TEXT[&apos;next-day&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="data_texts.py" line="+2"/>
        <source>still going</source>
        <extracomment>integration_journal/core/summary/wording.py: DURATION_TEXT[&apos;ongoing&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) answered &quot;{label}&quot; ({value} of 3){total} ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHQ-9 item 9 left unanswered ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} — {severity} ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure {reading} {which} the session — at or above 180 systolic or 120 diastolic ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked urgent by the patient: “{title}” ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} — {severity}{unknown} ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No PHQ-9 in this period — item 9 not asked. The PHQ-2 screened positive (3 or more) on {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No PHQ-9 in this period — item 9 not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier item-9 answers above 0 (before this period): {count}, last on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Crisis lines the app shows the patient ({country}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines the app shows the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} ({day}): incomplete — {missing} not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{answered} = {sum}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Positive screen (≥ {cutoff})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the screening cut-off (&lt; {cutoff})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Response (≥ {percent} % drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remission (latest &lt; {below})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful change (≥ {percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-41"/>
        <source>{title} score (mean of {count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>positive screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+42"/>
        <source>Band or screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+7"/>
        <source>Incomplete questionnaires (no total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response: a drop of 50 % or more from baseline. Remission: the latest PHQ-9 below 5 (GAD-7 below 5 by analogy). Both are worked out only from a baseline of 10 or more; below that they read n/a. “Single score”: only the latest score meets the rule, not the two latest. PEG: a drop of 30 % or more counts as meaningful by analogy with IMMPACT pain benchmarks. Scores are symptom scores, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some questionnaires were answered less than two weeks apart, so their two-week recall periods overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>after hours: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-13"/>
        <source>Blood pressure before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+0"/>
        <source>Main side effects (severity 0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acute effects lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-1"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="+0"/>
        <source>Dose (patient-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over 2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../integration_journal/core/summary/brief.py" line="-41"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{days}-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily check-in items are app-specific and not validated measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst severity (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {shown} most recent of {total} entries marked to bring, shortened; the rest are in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} — done on {days} days in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>And {count} earlier questions, in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient-reported; not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>And {count} earlier notes, in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app does not monitor entries in real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-validated app items are labelled as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/core/summary/brief.py" line="+0"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../integration_journal/core/summary/export.py" line="+41"/>
        <source>Pre-appointment briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been received from patients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new items in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discuss next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received items that could not be read: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="data_texts.py" line="-232"/>
        <source>Minimal or none</source>
        <extracomment>resources/measures/phq9.json: bands[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild</source>
        <extracomment>resources/measures/phq9.json: bands[1].label; resources/measures/gad7.json: bands[1].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate</source>
        <extracomment>resources/measures/phq9.json: bands[2].label; resources/measures/gad7.json: bands[2].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderately severe</source>
        <extracomment>resources/measures/phq9.json: bands[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe</source>
        <extracomment>resources/measures/phq9.json: bands[4].label; resources/measures/gad7.json: bands[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at all</source>
        <extracomment>resources/measures/phq9.json: options[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several days</source>
        <extracomment>resources/measures/phq9.json: options[1].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than half the days</source>
        <extracomment>resources/measures/phq9.json: options[2].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly every day</source>
        <extracomment>resources/measures/phq9.json: options[3].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHQ-9 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/phq9.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHQ-2 (the first two items of the PHQ-9) developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/phq2.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimal</source>
        <extracomment>resources/measures/gad7.json: bands[0].label. Validated questionnaire wording: use only the official published translation of the PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/gad7.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAD-2 (the first two items of the GAD-7) developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.</source>
        <extracomment>resources/measures/gad2.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krebs EE, Lorenz KA, Bair MJ, et al. J Gen Intern Med. 2009;24(6):733-738.</source>
        <extracomment>resources/measures/peg.json: attribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling detached, unreal or outside my body</source>
        <extracomment>integration_journal/core/side_effects.py: dissociation.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in vision, sound or sense of time/space</source>
        <extracomment>integration_journal/core/side_effects.py: perceptual.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeing or hearing things others don&apos;t</source>
        <extracomment>integration_journal/core/side_effects.py: hallucinations.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea</source>
        <extracomment>integration_journal/core/side_effects.py: nausea.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;nausea&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vomiting</source>
        <extracomment>integration_journal/core/side_effects.py: vomiting.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;vomiting&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dizziness or light-headedness</source>
        <extracomment>integration_journal/core/side_effects.py: dizziness.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;dizziness&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinning sensation</source>
        <extracomment>integration_journal/core/side_effects.py: vertigo.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very sleepy / hard to stay awake</source>
        <extracomment>integration_journal/core/side_effects.py: sedation.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling drunk or unsteady on my feet</source>
        <extracomment>integration_journal/core/side_effects.py: drunk_unsteady.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbness or tingling (incl. mouth/tongue)</source>
        <extracomment>integration_journal/core/side_effects.py: numbness.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blurred or double vision</source>
        <extracomment>integration_journal/core/side_effects.py: vision_blur.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;vision_blur&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <extracomment>integration_journal/core/side_effects.py: headache.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;headache&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anxiety, panic or agitation</source>
        <extracomment>integration_journal/core/side_effects.py: anxiety_agitation.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;anxiety_agitation&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confusion or trouble thinking clearly</source>
        <extracomment>integration_journal/core/side_effects.py: confusion.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pounding or racing heart</source>
        <extracomment>integration_journal/core/side_effects.py: racing_heart.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High blood pressure reading (if you have a cuff)</source>
        <extracomment>integration_journal/core/side_effects.py: bp_high.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusually &apos;high&apos; or euphoric</source>
        <extracomment>integration_journal/core/side_effects.py: euphoria.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong emotional release / tearfulness</source>
        <extracomment>integration_journal/core/side_effects.py: tearful.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nose or throat irritation, taste change</source>
        <extracomment>integration_journal/core/side_effects.py: nasal_throat.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness where the injection went in</source>
        <extracomment>integration_journal/core/side_effects.py: injection_site.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness/bruising at the drip site</source>
        <extracomment>integration_journal/core/side_effects.py: iv_site.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mouth numbness or lots of saliva</source>
        <extracomment>integration_journal/core/side_effects.py: mouth_saliva.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness / &apos;hangover&apos; feeling</source>
        <extracomment>integration_journal/core/side_effects.py: fatigue.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep changes or vivid dreams</source>
        <extracomment>integration_journal/core/side_effects.py: sleep_change.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low mood dip after the session</source>
        <extracomment>integration_journal/core/side_effects.py: mood_dip.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irritability</source>
        <extracomment>integration_journal/core/side_effects.py: irritability.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;irritability&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory or concentration problems</source>
        <extracomment>integration_journal/core/side_effects.py: memory.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needing to pee more often or urgently, or pain when peeing</source>
        <extracomment>integration_journal/core/side_effects.py: urinary.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urges to take ketamine outside my treatment plan</source>
        <extracomment>integration_journal/core/side_effects.py: cravings.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depression or anxiety getting worse</source>
        <extracomment>integration_journal/core/side_effects.py: worsening.label; integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;worsening&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusually high energy, little need for sleep, racing thoughts for several days</source>
        <extracomment>integration_journal/core/side_effects.py: elevated_mood.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts of being better off dead or of self-harm</source>
        <extracomment>integration_journal/core/side_effects.py: suicidal_thoughts.label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it is still there the next day, or it feels frightening</source>
        <extracomment>integration_journal/core/side_effects.py: dissociation.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it carries on after the session day, or comes with suspicious or paranoid thoughts</source>
        <extracomment>integration_journal/core/side_effects.py: hallucinations.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if you keep vomiting or can&apos;t keep fluids down</source>
        <extracomment>integration_journal/core/side_effects.py: vomiting.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if someone cannot be woken, or has trouble breathing</source>
        <extracomment>integration_journal/core/side_effects.py: sedation.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes on suddenly and is severe, like the worst headache ever</source>
        <extracomment>integration_journal/core/side_effects.py: headache.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it has not cleared by the next day</source>
        <extracomment>integration_journal/core/side_effects.py: confusion.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes with chest pain or shortness of breath</source>
        <extracomment>integration_journal/core/side_effects.py: racing_heart.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if a reading is 180/120 or higher</source>
        <extracomment>integration_journal/core/side_effects.py: bp_high.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it comes with thoughts of harming yourself</source>
        <extracomment>integration_journal/core/side_effects.py: mood_dip.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if there is blood in your urine or pain in your bladder</source>
        <extracomment>integration_journal/core/side_effects.py: urinary.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whenever it happens</source>
        <extracomment>integration_journal/core/side_effects.py: cravings.red_flag.when; integration_journal/core/side_effects.py: elevated_mood.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <extracomment>integration_journal/core/side_effects.py: suicidal_thoughts.red_flag.when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IV infusion</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;iv&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intramuscular</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;im&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nasal esketamine</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;nasal&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lozenge (sublingual)</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;lozenge&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;oral&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <extracomment>integration_journal/core/summary/wording.py: ROUTE_LABELS[&apos;other&apos;]; integration_journal/core/summary/wording.py: SETTING_LABELS[&apos;other&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/core/summary/markdown.py" line="-104"/>
        <location filename="data_texts.py" line="+2"/>
        <source>Clinic</source>
        <extracomment>integration_journal/core/summary/wording.py: SETTING_LABELS[&apos;clinic&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="data_texts.py" line="+2"/>
        <source>Office</source>
        <extracomment>integration_journal/core/summary/wording.py: SETTING_LABELS[&apos;office&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home, with support</source>
        <extracomment>integration_journal/core/summary/wording.py: SETTING_LABELS[&apos;home_supported&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood (0 lowest – 10 best)</source>
        <extracomment>integration_journal/core/summary/wording.py: TREND_ITEMS mood</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anxiety (0 not at all – 10 extremely)</source>
        <extracomment>integration_journal/core/summary/wording.py: TREND_ITEMS anxiety</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain (0 none – 10 worst)</source>
        <extracomment>integration_journal/core/summary/wording.py: TREND_ITEMS pain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep quality (0–10)</source>
        <extracomment>integration_journal/core/summary/wording.py: TREND_ITEMS sleep_quality</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep (hours)</source>
        <extracomment>integration_journal/core/summary/wording.py: TREND_ITEMS sleep_hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood</source>
        <extracomment>integration_journal/ui/summary_pdf.py: the chart legend for mood</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anxiety</source>
        <extracomment>integration_journal/ui/summary_pdf.py: the chart legend for anxiety</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain</source>
        <extracomment>integration_journal/ui/summary_pdf.py: the chart legend for pain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <extracomment>integration_journal/core/summary/build.py: HighReading.which</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <extracomment>integration_journal/core/summary/build.py: HighReading.which</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling detached, unreal or outside one&apos;s body</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;dissociation&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in sight, sound, or the sense of time and space</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;perceptual&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perceiving things others do not</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;hallucinations&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spinning sensation</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;vertigo&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very sleepy, hard to stay awake</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;sedation&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling drunk or unsteady</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;drunk_unsteady&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbness or tingling, including mouth and tongue</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;numbness&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confusion or unclear thinking</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;confusion&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pounding or racing heart</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;racing_heart&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A high home blood-pressure reading</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;bp_high&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling unusually high or euphoric</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;euphoria&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong emotional release, tears</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;tearful&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nose or throat irritation, altered taste</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;nasal_throat&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness at the injection site</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;injection_site&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness or bruising at the drip site</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;iv_site&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numb mouth or a lot of saliva</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;mouth_saliva&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness, a &apos;hangover&apos; feeling</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;fatigue&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed sleep or vivid dreams</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;sleep_change&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dip in mood after the session</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;mood_dip&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trouble with memory or concentration</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;memory&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needing to urinate more often or urgently, or pain when urinating</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;urinary&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urges to take ketamine outside the treatment plan</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;cravings&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy far above usual for days, little need for sleep, racing thoughts</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;elevated_mood&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoughts of death or of self-harm</source>
        <extracomment>integration_journal/core/summary/wording.py: EFFECT_LABELS[&apos;suicidal_thoughts&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether it was frightening not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;dissociation&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persistence and paranoid thoughts not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;hallucinations&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether fluids stayed down not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;vomiting&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rousability and breathing not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;sedation&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sudden onset not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;headache&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether it cleared by the next day not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;confusion&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chest pain or breathlessness not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;racing_heart&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading not recorded</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;bp_high&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thoughts of self-harm not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;mood_dip&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blood in the urine or bladder pain not asked</source>
        <extracomment>integration_journal/core/summary/wording.py: ASK_ABOUT_UNKNOWN[&apos;urinary&apos;]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/texts.py" line="+20"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}, 7-day average: {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: {total} ({band}) on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {total} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment session: {route}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{rule} — reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{rule} — not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No complete {title} yet, so there is no baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline: {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest: {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: {points} points ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change: {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n response(s) with a skipped question in these dates: kept, but not charted.</source>
        <translation>
            <numerusform>%n response with a skipped question in these dates: kept, but not charted.</numerusform>
            <numerusform>%n responses with a skipped question in these dates: kept, but not charted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/table_model.py" line="+52"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/chart_panel.py" line="+26"/>
        <source>Chart: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../integration_journal/ui/pages/trends/chart_building.py" line="+140"/>
        <source>Treatment sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
