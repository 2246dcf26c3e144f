"""The pose model and drawing code behind the exercise illustrations.

    geometry   points, angles and small solvers
    model      the skeleton: proportions, joint angles, forward kinematics, reaching a target
    stances    body positions on the mat (on hands and knees, lying on the back, ...)
    keyframes  every exercise's keyframes, as data: a stance with its numbers, and props
    props      things around the body: towel, ball, clock face, movement cues
    shapes     drawing primitives and the palette
    figure     the body drawn from a skeleton, and a keyframe's whole scene
    svg        shapes written out as an SVG document

tools/make_illustrations.py turns the keyframes into the files under assets/illustrations/.
"""
