import type { Discipline, Equipment, MovementPattern } from '../../catalog/schema';

/** A text in both languages of the app. */
export type Bilingual = readonly [en: string, fr: string];

export interface PatternTexts {
  cues: readonly Bilingual[];
  mistakes: readonly Bilingual[];
  setup: Bilingual;
  execution: Bilingual;
  breathing: Bilingual;
}

/**
 * FALLBACK ONLY. Coaching content by movement pattern, used for an exercise that has no entry in
 * the per-exercise content (`catalog/coaching/*.json`; the catalog tests keep every catalog
 * exercise covered, so in practice this serves ids outside the catalog). Family texts fit the
 * family's typical lift and can name an implement the exercise does not use; never prefer them.
 */
export const PATTERN_TEXTS: Readonly<Record<MovementPattern, PatternTexts>> = {
  squat: {
    cues: [
      ['Spread the floor with your feet and keep the whole foot planted.', 'Écartez le sol avec les pieds, tout le pied reste au sol.'],
      ['Knees track over the toes; sit between your heels, not behind them.', 'Les genoux suivent la pointe des pieds ; descendez entre les talons, pas derrière.'],
      ['Brace before you descend and keep the chest proud on the way up.', 'Gainez avant de descendre et gardez la poitrine haute en remontant.'],
    ],
    mistakes: [
      ['Knees caving in on the way up.', 'Genoux qui rentrent vers l’intérieur à la remontée.'],
      ['Heels lifting or weight shifting to the toes.', 'Talons qui décollent ou poids qui part sur les orteils.'],
      ['Hips rising faster than the chest (the squat turns into a good morning).', 'Hanches qui montent plus vite que la poitrine (le squat devient un good morning).'],
    ],
    setup: ['Feet about shoulder-width, toes turned out 15–30°, weight balanced over mid-foot; set the load before you unrack or start.', 'Pieds à largeur d’épaules, pointes ouvertes de 15 à 30°, poids au milieu du pied ; installez la charge avant de commencer.'],
    execution: ['Break at hips and knees together, descend under control to the depth you own (hip crease at or below the knee when mobility allows), then drive up through the whole foot.', 'Fléchissez hanches et genoux ensemble, descendez contrôlé jusqu’à la profondeur maîtrisée (pli de hanche au niveau du genou ou plus bas si la mobilité le permet), puis poussez avec tout le pied.'],
    breathing: ['Big breath into the belly at the top, hold it through the descent and the sticking point, breathe out near the top.', 'Grande inspiration abdominale en haut, bloquez pendant la descente et le point difficile, expirez près du haut.'],
  },
  hinge: {
    cues: [
      ['Push the hips back as if closing a car door with your glutes.', 'Poussez les hanches en arrière comme pour fermer une porte avec les fessiers.'],
      ['Keep a long, neutral spine from head to tailbone.', 'Gardez le dos long et neutre, de la tête au coccyx.'],
      ['Keep the load close to the legs; finish by squeezing the glutes, not leaning back.', 'Gardez la charge près des jambes ; finissez en serrant les fessiers, sans vous pencher en arrière.'],
    ],
    mistakes: [
      ['Rounding the lower back to reach the floor.', 'Arrondir le bas du dos pour aller chercher le sol.'],
      ['Turning the hinge into a squat (knees travel forward too much).', 'Transformer la charnière en squat (genoux trop en avant).'],
      ['Hyperextending the back at lockout.', 'Se cambrer excessivement en fin de mouvement.'],
    ],
    setup: ['Feet hip-width, load over mid-foot or close to the shins, soft knees, shoulders slightly ahead of the load, lats engaged.', 'Pieds à largeur de hanches, charge au-dessus du milieu du pied ou près des tibias, genoux souples, épaules légèrement devant la charge, dorsaux engagés.'],
    execution: ['Hinge at the hips with a neutral spine until you feel the hamstrings load, then drive the hips forward to stand tall; lower along the same path.', 'Basculez depuis les hanches, dos neutre, jusqu’à sentir les ischio-jambiers se tendre, puis poussez les hanches vers l’avant pour vous redresser ; redescendez par le même chemin.'],
    breathing: ['Breathe in and brace before each rep, hold through the pull, exhale at the top or reset between reps.', 'Inspirez et gainez avant chaque répétition, bloquez pendant la montée, expirez en haut ou entre les répétitions.'],
  },
  lunge: {
    cues: [
      ['Step long enough that both knees bend to about 90°.', 'Faites un pas assez long pour que les deux genoux fléchissent à environ 90°.'],
      ['Keep the front knee tracking over the middle toes.', 'Le genou avant suit le milieu du pied.'],
      ['Stay tall: torso stacked over the hips.', 'Restez grand : buste aligné au-dessus des hanches.'],
    ],
    mistakes: [
      ['Front knee collapsing inward.', 'Genou avant qui rentre vers l’intérieur.'],
      ['Pushing off the back foot instead of the front heel.', 'Pousser avec le pied arrière au lieu du talon avant.'],
      ['Feet on a tightrope: stance too narrow for balance.', 'Pieds sur une ligne : appuis trop étroits pour l’équilibre.'],
    ],
    setup: ['Stand tall with feet hip-width; hold the load at your sides, in the front rack or on the back before the first step.', 'Debout, pieds à largeur de hanches ; tenez la charge le long du corps, en rack avant ou sur le dos avant le premier pas.'],
    execution: ['Step and lower the back knee toward the floor under control, then drive through the front heel to return or to travel forward.', 'Faites le pas et descendez le genou arrière vers le sol sous contrôle, puis poussez dans le talon avant pour revenir ou avancer.'],
    breathing: ['Inhale as you step and lower, exhale as you drive up.', 'Inspirez en faisant le pas et en descendant, expirez en poussant.'],
  },
  'horizontal-push': {
    cues: [
      ['Shoulder blades set back and down before the first rep.', 'Omoplates serrées et basses avant la première répétition.'],
      ['Elbows about 45° from the body, wrists stacked over the elbows.', 'Coudes à environ 45° du corps, poignets au-dessus des coudes.'],
      ['Press the load away and slightly back toward the shoulders.', 'Poussez la charge vers le haut et légèrement vers les épaules.'],
    ],
    mistakes: [
      ['Flaring the elbows to 90°, which stresses the shoulders.', 'Coudes écartés à 90°, ce qui sollicite trop les épaules.'],
      ['Bouncing the load off the chest or losing tension at the bottom.', 'Faire rebondir la charge sur la poitrine ou relâcher en bas.'],
      ['Hips sagging or piking (in push-ups) or lifting off the bench.', 'Hanches qui s’affaissent ou remontent (pompes) ou fessiers qui décollent du banc.'],
    ],
    setup: ['Hands slightly wider than the shoulders, shoulder blades pinched, feet planted; in push-ups the body forms one line from head to heels.', 'Mains un peu plus larges que les épaules, omoplates serrées, pieds ancrés ; en pompes, le corps forme une ligne de la tête aux talons.'],
    execution: ['Lower under control until the chest nearly touches (bar, floor or handles), pause without relaxing, then press to full arm extension.', 'Descendez contrôlé jusqu’à effleurer (barre, sol ou poignées) avec la poitrine, marquez un temps sans relâcher, puis poussez jusqu’à l’extension complète des bras.'],
    breathing: ['Inhale on the way down, hold briefly at the bottom, exhale through the press.', 'Inspirez en descendant, bloquez brièvement en bas, expirez en poussant.'],
  },
  'vertical-push': {
    cues: [
      ['Squeeze glutes and brace so the ribs stay down.', 'Serrez les fessiers et gainez pour garder les côtes basses.'],
      ['Press in a straight line and move the head through at the top.', 'Poussez en ligne droite et passez la tête sous la charge en haut.'],
      ['Finish with the load stacked over shoulders, hips and mid-foot.', 'Finissez la charge alignée au-dessus des épaules, des hanches et du milieu du pied.'],
    ],
    mistakes: [
      ['Leaning back and turning the press into an incline press.', 'Se pencher en arrière et transformer le développé en développé incliné.'],
      ['Pressing the load forward, away from the body line.', 'Pousser la charge vers l’avant, loin de l’axe du corps.'],
      ['Shrugging without full lockout.', 'Hausser les épaules sans verrouiller complètement.'],
    ],
    setup: ['Hands just outside the shoulders, forearms vertical, elbows slightly in front of the load, core braced, feet under the hips (or hands set for the handstand variants).', 'Mains juste à l’extérieur des épaules, avant-bras verticaux, coudes légèrement devant la charge, gainage, pieds sous les hanches (ou mains placées pour les variantes en équilibre).'],
    execution: ['Press straight overhead to full lockout, then lower under control to the start without losing the brace.', 'Poussez à la verticale jusqu’au verrouillage complet, puis redescendez contrôlé sans perdre le gainage.'],
    breathing: ['Breathe in and brace at the bottom, exhale as you pass the sticking point.', 'Inspirez et gainez en bas, expirez après le point difficile.'],
  },
  'horizontal-pull': {
    cues: [
      ['Start each rep by pulling the shoulder blades together.', 'Commencez chaque répétition en rapprochant les omoplates.'],
      ['Drive the elbows toward the hips, not the hands toward the chest.', 'Tirez les coudes vers les hanches, pas les mains vers la poitrine.'],
      ['Keep the torso still: the back works, not momentum.', 'Gardez le buste immobile : c’est le dos qui travaille, pas l’élan.'],
    ],
    mistakes: [
      ['Jerking the torso to move the load.', 'Donner des coups de buste pour déplacer la charge.'],
      ['Shrugging the shoulders up toward the ears.', 'Hausser les épaules vers les oreilles.'],
      ['Cutting the range short at the stretch.', 'Raccourcir l’amplitude en position étirée.'],
    ],
    setup: ['Neutral spine (hinged, supported or hanging under the rings/bar), arms long, shoulder blades free to move, grip firm.', 'Dos neutre (penché, appuyé ou suspendu sous les anneaux/la barre), bras tendus, omoplates libres, prise ferme.'],
    execution: ['Row until the load or handles reach the lower ribs, pause for a second with shoulder blades squeezed, then lower to a full stretch.', 'Tirez jusqu’à amener la charge ou les poignées aux côtes basses, marquez une seconde omoplates serrées, puis revenez en extension complète.'],
    breathing: ['Exhale as you pull, inhale as you lower.', 'Expirez en tirant, inspirez en revenant.'],
  },
  'vertical-pull': {
    cues: [
      ['Start from an active hang: shoulders pulled down away from the ears.', 'Partez en suspension active : épaules tirées loin des oreilles.'],
      ['Pull the elbows down to the ribs and the chest to the bar.', 'Tirez les coudes vers les côtes et la poitrine vers la barre.'],
      ['Lower under control to straight arms on every rep.', 'Redescendez contrôlé jusqu’aux bras tendus à chaque répétition.'],
    ],
    mistakes: [
      ['Half reps: not reaching straight arms or the chin over the bar.', 'Demi-répétitions : bras pas tendus en bas ou menton pas au-dessus de la barre.'],
      ['Kicking or swinging to finish the rep.', 'Battre des jambes ou se balancer pour finir la répétition.'],
      ['Neck craning forward to reach the bar.', 'Tendre le cou vers l’avant pour atteindre la barre.'],
    ],
    setup: ['Grip slightly wider than the shoulders, hollow body (ribs down, legs together), shoulders engaged before the first pull.', 'Prise un peu plus large que les épaules, corps creux (côtes basses, jambes serrées), épaules engagées avant la première traction.'],
    execution: ['Pull until the chin clears the bar (or the handle reaches the upper chest), then lower in about two seconds to a full hang.', 'Tirez jusqu’à passer le menton au-dessus de la barre (ou la poignée au haut de la poitrine), puis redescendez en deux secondes environ jusqu’à la suspension complète.'],
    breathing: ['Exhale as you pull up, inhale as you lower.', 'Expirez en montant, inspirez en descendant.'],
  },
  carry: {
    cues: [
      ['Stand tall, shoulders packed, ribs down.', 'Restez grand, épaules basses, côtes rentrées.'],
      ['Short, quick steps; do not let the load swing.', 'Petits pas rapides ; ne laissez pas la charge se balancer.'],
      ['Crush the handles: the grip sets the pace.', 'Serrez fort les poignées : la prise donne le rythme.'],
    ],
    mistakes: [
      ['Leaning to one side or backward under the load.', 'Se pencher sur le côté ou en arrière sous la charge.'],
      ['Picking the load up with a rounded back.', 'Ramasser la charge le dos rond.'],
      ['Dropping the load in a rush at the end.', 'Lâcher la charge brusquement à la fin.'],
    ],
    setup: ['Deadlift the load from the floor with a flat back, set the shoulders, look ahead.', 'Soulevez la charge du sol dos plat, placez les épaules, regardez devant vous.'],
    execution: ['Walk the prescribed distance or time with a steady rhythm; put the load down with the same hinge you used to lift it.', 'Marchez la distance ou la durée prévue à rythme régulier ; reposez la charge avec la même charnière qu’au départ.'],
    breathing: ['Short, steady breaths behind a braced core; never hold your breath for the whole carry.', 'Respirations courtes et régulières en restant gainé ; ne bloquez jamais la respiration pendant tout le portage.'],
  },
  core: {
    cues: [
      ['Ribs down, lower back in a neutral or slightly flattened position.', 'Côtes basses, bas du dos neutre ou légèrement plaqué.'],
      ['Move slowly: control beats speed.', 'Bougez lentement : le contrôle prime sur la vitesse.'],
      ['Stop the set when you can no longer hold the position.', 'Arrêtez la série quand la position n’est plus tenue.'],
    ],
    mistakes: [
      ['Arching the lower back as the abs tire.', 'Se cambrer quand les abdominaux fatiguent.'],
      ['Using momentum or the hip flexors instead of the abs.', 'Utiliser l’élan ou les fléchisseurs de hanche au lieu des abdominaux.'],
      ['Holding the breath for the whole set.', 'Bloquer la respiration pendant toute la série.'],
    ],
    setup: ['Find the start position (lying, plank, hanging or kneeling), set the pelvis and brace before moving.', 'Prenez la position de départ (allongé, gainage, suspendu ou à genoux), placez le bassin et gainez avant de bouger.'],
    execution: ['Move through the range you can control while the trunk stays braced; for holds, keep the shape for the whole time.', 'Bougez sur l’amplitude que vous contrôlez en gardant le tronc gainé ; pour les maintiens, gardez la position pendant toute la durée.'],
    breathing: ['Exhale fully as you contract, breathe in small sips during holds.', 'Expirez complètement pendant la contraction, respirez par petites inspirations pendant les maintiens.'],
  },
  cyclical: {
    cues: [
      ['Settle into a rhythm you could repeat on every interval.', 'Trouvez un rythme que vous pourriez répéter à chaque intervalle.'],
      ['Stay relaxed in the shoulders and hands.', 'Restez relâché des épaules et des mains.'],
      ['Let the heart-rate zone or pace target decide the effort, not your ego.', 'Laissez la zone cardiaque ou l’allure cible décider de l’effort, pas l’ego.'],
    ],
    mistakes: [
      ['Starting too fast and fading in the second half.', 'Partir trop vite et s’effondrer en seconde moitié.'],
      ['Letting easy parts drift into a moderate effort.', 'Laisser les parties faciles glisser vers un effort modéré.'],
      ['Poor posture as fatigue sets in (collapsing at the hips or shoulders).', 'Posture qui se dégrade avec la fatigue (affaissement des hanches ou des épaules).'],
    ],
    setup: ['Set the machine or route (damper, resistance, lane), check the watch or heart-rate monitor and start easy.', 'Réglez la machine ou le parcours (damper, résistance, ligne d’eau), vérifiez la montre ou le cardiofréquencemètre et démarrez facile.'],
    execution: ['Build into the target zone or pace over the first minutes and hold it evenly; on intervals, recover fully in the rest so quality stays high.', 'Montez vers la zone ou l’allure cible sur les premières minutes et tenez-la régulièrement ; en intervalles, récupérez pendant le repos pour garder la qualité.'],
    breathing: ['Breathe rhythmically with the movement; easy work should let you speak in full sentences.', 'Respirez en rythme avec le mouvement ; l’effort facile doit permettre de parler en phrases complètes.'],
  },
  jump: {
    cues: [
      ['Load the hips and swing the arms to jump.', 'Chargez les hanches et lancez les bras pour sauter.'],
      ['Land softly and quietly, knees over toes.', 'Atterrissez en douceur et sans bruit, genoux au-dessus des pieds.'],
      ['Reset between reps when quality drops.', 'Reprenez la position entre les répétitions si la qualité baisse.'],
    ],
    mistakes: [
      ['Landing stiff-legged or with knees caving in.', 'Atterrir jambes tendues ou genoux qui rentrent.'],
      ['Jumping down from a box instead of stepping down.', 'Sauter en bas de la box au lieu de descendre.'],
      ['Chasing speed with sloppy landings.', 'Chercher la vitesse au prix d’atterrissages bâclés.'],
    ],
    setup: ['Feet hip-width, clear space around you, box or target at a height you clear with ease.', 'Pieds à largeur de hanches, espace dégagé, box ou cible à une hauteur franchie facilement.'],
    execution: ['Dip quickly, extend hips, knees and ankles explosively, land in a quarter squat and stand up fully before the next rep.', 'Fléchissez rapidement, étendez hanches, genoux et chevilles de façon explosive, réceptionnez en quart de squat et redressez-vous avant la répétition suivante.'],
    breathing: ['Breathe in during the dip, exhale on take-off.', 'Inspirez pendant la flexion, expirez à l’impulsion.'],
  },
  olympic: {
    cues: [
      ['Keep the bar close: it travels in a straight line near the body.', 'Gardez la barre près du corps : elle monte en ligne droite.'],
      ['Finish the extension (hips, knees, ankles) before pulling under.', 'Terminez l’extension (hanches, genoux, chevilles) avant de passer sous la barre.'],
      ['Meet the bar fast and stable in the catch.', 'Allez chercher la barre vite et stable à la réception.'],
    ],
    mistakes: [
      ['Pulling early with the arms.', 'Tirer trop tôt avec les bras.'],
      ['Letting the bar swing forward away from the body.', 'Laisser la barre partir vers l’avant, loin du corps.'],
      ['Catching with soft elbows or on the toes.', 'Réceptionner coudes mous ou sur la pointe des pieds.'],
    ],
    setup: ['Feet hip-width, bar over mid-foot, shoulders slightly in front of the bar, back flat, arms long and relaxed.', 'Pieds à largeur de hanches, barre au-dessus du milieu du pied, épaules légèrement devant la barre, dos plat, bras longs et relâchés.'],
    execution: ['Push the floor away, keep the bar close past the knees, extend violently, pull yourself under and stand up with control.', 'Repoussez le sol, gardez la barre près des genoux, étendez-vous de façon explosive, passez sous la barre et relevez-vous avec contrôle.'],
    breathing: ['Breathe in and brace before the lift off, hold through the catch, breathe out once standing.', 'Inspirez et gainez avant le départ, bloquez jusqu’à la réception, expirez une fois debout.'],
  },
  skill: {
    cues: [
      ['Quality over quantity: stop each set one good rep or a few seconds early.', 'La qualité avant la quantité : arrêtez chaque série une bonne répétition ou quelques secondes avant l’échec.'],
      ['Lock the elbows and keep the shoulders active (pushed or pulled as the skill requires).', 'Verrouillez les coudes et gardez les épaules actives (poussées ou tirées selon la figure).'],
      ['Squeeze glutes and legs: a tight body line is lighter.', 'Serrez fessiers et jambes : un corps gainé est plus léger.'],
    ],
    mistakes: [
      ['Training to failure and grinding out ugly reps.', 'S’entraîner jusqu’à l’échec en forçant des répétitions laides.'],
      ['Bent arms or sagging hips in the hold.', 'Bras fléchis ou hanches qui tombent pendant le maintien.'],
      ['Jumping ahead in the progression before the current step is solid.', 'Passer à l’étape suivante avant de maîtriser l’étape actuelle.'],
    ],
    setup: ['Warm up the wrists and shoulders, set the grip or hand position, and enter the position with control.', 'Échauffez poignets et épaules, placez la prise ou les mains, et entrez dans la position avec contrôle.'],
    execution: ['Hold or move through the skill with a strict body line for the prescribed time or reps, then exit under control and rest fully.', 'Tenez ou réalisez la figure avec une ligne de corps stricte pendant le temps ou les répétitions prévus, puis sortez avec contrôle et récupérez complètement.'],
    breathing: ['Keep breathing in short breaths during holds; exhale through the hardest part of dynamic reps.', 'Continuez à respirer par petites respirations pendant les maintiens ; expirez sur la partie la plus dure des mouvements.'],
  },
  mobility: {
    cues: [
      ['Move slowly into the range and breathe into the stretch.', 'Entrez lentement dans l’amplitude et respirez dans l’étirement.'],
      ['Stay below pain: mild tension only.', 'Restez sous le seuil de douleur : une tension légère suffit.'],
      ['Keep the rest of the body still and aligned.', 'Gardez le reste du corps immobile et aligné.'],
    ],
    mistakes: [
      ['Bouncing into end range.', 'Donner des à-coups en fin d’amplitude.'],
      ['Compensating with the lower back.', 'Compenser avec le bas du dos.'],
      ['Rushing through the drill.', 'Bâcler l’exercice.'],
    ],
    setup: ['Find a comfortable start position with room to move; use a mat or support if needed.', 'Prenez une position de départ confortable avec de l’espace ; utilisez un tapis ou un appui si besoin.'],
    execution: ['Move through the range you own for the prescribed time, going a little deeper on each exhale.', 'Bougez sur l’amplitude maîtrisée pendant le temps prévu, un peu plus loin à chaque expiration.'],
    breathing: ['Slow nasal breathing, longer exhales than inhales.', 'Respiration nasale lente, expirations plus longues que les inspirations.'],
  },
  rotation: {
    cues: [
      ['Rotate from the hips and upper back, not the lower back.', 'Tournez depuis les hanches et le haut du dos, pas le bas du dos.'],
      ['Keep the arms long and the core braced.', 'Gardez les bras longs et le tronc gainé.'],
      ['Control the return as much as the rotation.', 'Contrôlez le retour autant que la rotation.'],
    ],
    mistakes: [
      ['Twisting only through the lower back.', 'Tourner uniquement avec le bas du dos.'],
      ['Using a load too heavy to control.', 'Prendre une charge trop lourde pour être contrôlée.'],
      ['Losing the stance as you turn.', 'Perdre les appuis en tournant.'],
    ],
    setup: ['Stance a little wider than the hips, knees soft, load held at chest height or anchored cable at your side.', 'Appuis un peu plus larges que les hanches, genoux souples, charge à hauteur de poitrine ou poulie sur le côté.'],
    execution: ['Turn through the hips and trunk with control to the end of the range, then return to the centre without momentum.', 'Tournez hanches et tronc avec contrôle jusqu’en fin d’amplitude, puis revenez au centre sans élan.'],
    breathing: ['Exhale as you rotate, inhale as you return.', 'Expirez en tournant, inspirez au retour.'],
  },
  isolation: {
    cues: [
      ['Move only the working joint; keep the rest still.', 'Ne bougez que l’articulation travaillée ; le reste reste immobile.'],
      ['Full range, 2–3 s on the way down.', 'Amplitude complète, 2 à 3 s à la descente.'],
      ['Squeeze the target muscle for a moment at the top.', 'Contractez le muscle ciblé un instant en haut.'],
    ],
    mistakes: [
      ['Swinging the load with the body.', 'Balancer la charge avec le corps.'],
      ['Half reps to handle a heavier weight.', 'Demi-répétitions pour soulever plus lourd.'],
      ['Shoulders creeping up toward the ears.', 'Épaules qui remontent vers les oreilles.'],
    ],
    setup: ['Choose a load you control for every rep, set the joint in line with the cable, band or dumbbell path, stabilise the body.', 'Choisissez une charge contrôlée sur chaque répétition, alignez l’articulation avec la trajectoire de la poulie, de l’élastique ou de l’haltère, stabilisez le corps.'],
    execution: ['Lift through the full range with a brief squeeze at the top and a slow, controlled return.', 'Montez sur toute l’amplitude avec une brève contraction en haut et un retour lent et contrôlé.'],
    breathing: ['Exhale as you lift, inhale as you lower.', 'Expirez en montant, inspirez en descendant.'],
  },
};

/** FALLBACK ONLY: breathing by discipline, where the pattern text (cyclical) is too generic. */
export const DISCIPLINE_BREATHING: Readonly<Partial<Record<Discipline, Bilingual>>> = {
  swimming: ['Exhale steadily underwater and breathe every 2–3 strokes; bilateral breathing keeps the stroke balanced.', 'Expirez régulièrement sous l’eau et respirez tous les 2 à 3 mouvements ; la respiration bilatérale équilibre la nage.'],
  rowing: ['Exhale on the drive, inhale on the recovery; at high rates take two breaths per stroke.', 'Expirez pendant la poussée, inspirez au retour ; à cadence élevée, deux respirations par coup.'],
  running: ['Find a breathing rhythm with your steps (for example 3 steps in, 2 out on easy running).', 'Calez la respiration sur les foulées (par exemple 3 pas en inspirant, 2 en expirant en footing facile).'],
};

/** FALLBACK ONLY, with PATTERN_TEXTS: one set-up reminder per implement (the first one of the exercise that has a line). */
export const EQUIPMENT_SETUP: Readonly<Partial<Record<Equipment, Bilingual>>> = {
  barbell: ['Load the bar evenly and put collars on.', 'Chargez la barre de façon symétrique et mettez les colliers.'],
  'trap-bar': ['Stand centred in the trap bar, handles in line with the ankles.', 'Placez-vous au centre de la trap bar, poignées alignées avec les chevilles.'],
  rack: ['Set the J-hooks at mid-chest height and the safeties just below your bottom position.', 'Réglez les crochets à mi-poitrine et les sécurités juste sous votre position basse.'],
  dumbbell: ['Lift the dumbbells from the rack with a flat back and bring them into position one at a time if heavy.', 'Prenez les haltères au rack dos plat et placez-les un par un s’ils sont lourds.'],
  kettlebell: ['Start with the kettlebell slightly in front of you so you can hike it back.', 'Placez la kettlebell un peu devant vous pour pouvoir la lancer en arrière.'],
  machine: ['Adjust the seat and pads so the working joint lines up with the machine pivot.', 'Réglez siège et boudins pour aligner l’articulation travaillée avec l’axe de la machine.'],
  cable: ['Set the pulley height so the cable pulls along the working line.', 'Réglez la hauteur de la poulie pour que le câble tire dans l’axe du mouvement.'],
  band: ['Check the band for nicks and anchor it securely before loading it.', 'Vérifiez que l’élastique n’est pas entaillé et ancrez-le solidement avant de tirer.'],
  'pull-up-bar': ['Chalk the hands if needed and grip the bar with the thumbs wrapped around it.', 'Mettez de la magnésie si besoin et saisissez la barre pouces autour.'],
  rings: ['Set the rings at the height the progression needs and check they hang level.', 'Réglez les anneaux à la hauteur utile et vérifiez qu’ils sont de niveau.'],
  parallettes: ['Place the parallettes shoulder-width apart on a non-slip floor.', 'Placez les parallettes à largeur d’épaules sur un sol non glissant.'],
  'dip-bars': ['Use bars about shoulder-width apart and start from a locked-out support.', 'Prenez des barres à largeur d’épaules et partez bras verrouillés en appui.'],
  bench: ['Set the bench stable and at the angle prescribed; feet flat on the floor.', 'Installez le banc stable, à l’angle prévu ; pieds à plat au sol.'],
  box: ['Use a stable box on a non-slip floor at a height you clear easily.', 'Utilisez une box stable, sur sol antidérapant, à une hauteur franchie facilement.'],
  rower: ['Strap the feet so the strap crosses the widest part of the shoe; damper around 4–6.', 'Sanglez les pieds sur la partie la plus large de la chaussure ; damper vers 4 à 6.'],
  bike: ['Set the saddle so the knee stays slightly bent at the bottom of the stroke.', 'Réglez la selle pour garder le genou légèrement fléchi en bas du pédalage.'],
  'air-bike': ['Set the seat so the knee stays slightly bent at full extension.', 'Réglez la selle pour garder le genou légèrement fléchi en extension.'],
  skierg: ['Stand close to the machine, handles at full reach, damper around 4–6.', 'Placez-vous près de la machine, poignées bras tendus, damper vers 4 à 6.'],
  treadmill: ['Start the belt slowly and set a 1 % incline to mimic outdoor running.', 'Démarrez le tapis lentement et réglez 1 % de pente pour simuler l’extérieur.'],
  sled: ['Load the sled, check the surface and grip the poles or rope before the start.', 'Chargez le traîneau, vérifiez la surface et saisissez les poignées ou la corde avant de partir.'],
  'wall-ball': ['Stand an arm’s length from the wall, ball held under the chin.', 'Placez-vous à une longueur de bras du mur, ballon sous le menton.'],
  sandbag: ['Grip the sandbag deep and close to the body before you lift.', 'Saisissez le sac profondément et près du corps avant de soulever.'],
  'med-ball': ['Choose a ball light enough to move fast.', 'Choisissez un ballon assez léger pour aller vite.'],
  'jump-rope': ['Adjust the rope so the handles reach your armpits when you stand on it.', 'Réglez la corde : les poignées arrivent aux aisselles quand vous marchez dessus.'],
  pool: ['Choose a lane that matches your pace and check the pace clock.', 'Choisissez une ligne adaptée à votre allure et repérez la pendule.'],
  ghd: ['Set the pad so the hips are free to hinge and the feet are locked in.', 'Réglez le boudin pour libérer les hanches et bloquez bien les pieds.'],
  'climbing-rope': ['Check the floor is padded under the rope.', 'Vérifiez que le sol est protégé sous la corde.'],
};
