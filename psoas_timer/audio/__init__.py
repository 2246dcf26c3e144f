"""Audio cues: an output interface with a pygame mixer backend and a silent one, offline speech,
and the cue player that turns session events into sound at the right moment. No Qt here."""
