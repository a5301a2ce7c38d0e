"""The details of a visit a visitor may ask about in their own words: the table, what is
worn, how firm, where she works, who comes along, the way in, the room, what is said,
what may happen on the table, how long, what it is like, what is used, what to do
before. The page leaves all of them to Renée, so a question that names one also gets the
visit answer (``dialogue.topics_named``), beside what else it asks.

Only asked ones count (``dialogue.is_question``): "she uses a walker." tells, "she uses a
walker, is that ok?" asks. Words with an everyday or a medical sense too are kept to the
phrases that ask about the visit ("blood pressure", "sinus pressure", "CBD oil for sale",
"how much for an hour" are not).
"""

from __future__ import annotations

import re

_PERSON = r"(me|him|her|them|us|my\s+\w+)"
# the languages a visitor may say someone speaks ("she only speaks Vietnamese, is that ok?")
SPOKEN_LANGUAGES = (
    r"(spanish|espa\u00f1ol|espanol|english|french|portuguese|german|italian|russian|chinese"
    r"|mandarin|cantonese|vietnamese|korean|arabic|tagalog|asl|sign\s+language)"
)

VISIT_DETAILS = re.compile(
    # the room and what comes along: "can I have the door cracked open?", "dim the lights?",
    # "can he wear headphones?", "my own blanket?", "somewhere private to change?"
    r"\b(have|leave|keep)\s+the\s+door\s+(cracked|ajar|open|unlocked|closed)\b"
    r"|\b(dim|turn\s+down|turn\s+off)\s+(the\s+)?lights?\b|\b(headphones|earbuds|earplugs|ear\s+plugs)\b"
    r"|\b(wear|use|bring|have)\s+((my|his|her|their)\s+)?(headphones|earbuds|earplugs|ear\s+plugs)\b"
    r"|\b(my|his|her|their)\s+own\s+blanket\b|\bweighted\s+blanket\b"
    r"|\b(somewhere|place|room)\s+(private\s+)?to\s+change\b"
    r"|\bkeep\s+((my|his|her)\s+)?(long\s+)?sleeves\b|\blong\s+sleeves\s+on\b"
    # where she works and what is said: "can we do it all on my back?", "is belly work off
    # limits?", "and no talking?", "do I have to put that on a form?"
    r"|\b(do|done|stay|keep)\s+((it|me|him|her|them)\s+)?all\s+on\s+(my|his|her|their)\s+back\b|\boff[- ]limits\b"
    r"|\b(no|without)\s+talking\b|\b(have|need)\s+to\s+talk\s+(much|a\s+lot|during)\b"
    r"|\b(put|write)\s+(that|it|this)\s+(down\s+)?on\s+(a|the)\s+(form|intake)\b"
    # the table and lying on it
    r"|\b(massage|high|the|a)\s+tables?\b(?!\s+(salt|tennis|of\s+contents))"
    r"|\b(on|onto|off)\s+(the|a)\s+table\b"
    r"|\b(will|would|do|does|can|could|should|must|have\s+to|need\s+to|am|is|be|won'?t|can'?t|cannot)\s+((i|we|he|she|they)\s+)?"
    r"(be\s+)?(have\s+to\s+|need\s+to\s+)?(lie|lay|lying|laying)\s+(down|flat|still|there|face\s*(down|up)"
    r"|on\s+(my|his|her|their|your|the)\s+(side|back|stomach|belly|front|tummy))\b"
    r"|\b(sit|stay|keep|lie|lay|lying|laying|being)\s+still\b|\bsquirm(ing)?\b|\bfidget(s|ing)?\b"
    r"|\b(positioned|pregnancy\s+pillow|bolsters?)\b|\b(like|her|about|with)\s+positioning\b"
    # "could he lie propped up instead of flat", "how does she position a pregnant person"
    r"|\bpropped\s+up\b|\binstead\s+of\s+(lying\s+)?flat\b|\bposition\s+(a|the|me|him|her|them|someone)\b"
    # "will I be able to lie on my side?" ("is it ok to lie on my stomach?" asks whether it
    # is safe: dialogue.SAFE_ON_THE_TABLE)
    r"|\b(able|have|need)\s+to\s+(lie|lay)\s+(down\s+)?(on\s+(my|his|her|their|the)\s+(side|back|stomach|belly|front|tummy)\b|face\s*(down|up)\b)"
    r"|\bback\s+to\s+the\s+wall\b|\b(face|see|facing)\s+the\s+door\b"
    # what is worn
    r"|\b(socks|undress(ing)?|naked|nude|binder)\b|\bclothes\s+(on|off)\b"
    r"|\b(stay|keep)\s+(covered|clothed|dressed)\b|\bbe\s+(clothed|dressed)\b|\bcovered\s+up\b"
    r"|\b(shirt|top|bra|pants|jeans|braces)\s+(off|on)\b|\bplace\s+to\s+change\b"
    # "how does the draping work?", "and my bra?", "will my private areas be covered?",
    # "what if I'd rather keep them on?"
    r"|\bdrap(e|ed|es|ing)\b|\b(and|about)\s+(my|a|her|the)\s+bra\b|\bprivate\s+(areas|parts)\b"
    r"|\bkeep\s+(them|it|everything|my\s+(clothes|underwear|shirt|leggings))\s+on\b"
    # how firm
    r"|(?<!blood\s)(?<!sinus\s)(?<!chest\s)(?<!eye\s)(?<!much\s)\bpressure\b"
    r"(?!\s+(sores?|points?|ulcers?|behind|in\s+my|at\s+work|from\s+work|i'?m\s+under))"
    r"|\b(gentler|lighter|softer|firmer)\b|\bdeep\s+tissue\b|\blight\s+touch\b"
    r"|\b(go|be|do|does|does\s+she\s+do)\s+(really\s+|very\s+|super\s+|extra\s+)*(light|soft|easy|gentle)\b(?!\s+(massage|session|touch))"
    r"|\b(too|so|way\s+too)\s+(deep|rough|hard)\b"
    r"|\b(will|does|would|is)\s+(massage|the\s+massage|a\s+session|the\s+session|medical\s+massage|deep\s+tissue)\s+"
    r"((going\s+to|gonna)\s+)?(hurt|be\s+(painful|intense|overwhelming))\b(?!\s+(the|my|his|her)\b)"
    r"|\bsore\s+(the\s+day\s+after|afterwards?|after\s+(a\s+|the\s+|medical\s+)?(massage|session))\b"
    r"|\bsore\s+after\s*([?.!,]|$)"
    # "is medical massage painful", "scared of massage hurting"
    r"|\b(is|are)\s+(massage|the\s+massage|medical\s+massage|the\s+sessions?|sessions|massages)\s+(painful|going\s+to\s+hurt)\b"
    r"|\b(massage|massages)\s+hurting\b"
    # "can i talk during it", "I haven't shaved my legs", "ok with my tattoos"
    r"|\b(talk|chat)\s+during\s+(it|the\s+(session|massage))\b"
    r"|\b(shave|shaved|shaving)\b|\btattoos?\b(?!\s+(removal|pain))"
    r"|\bgo\s+easier\b|\b(is|be)\s+(she|renee|ren\u00e9e)\s+(gentle|patient)\b|\bbe\s+patient\s+with\b"
    r"|\bif\s+it'?s\s+too\s+much\b"
    # "what's the gentlest thing she does"
    r"|\bgentlest\b"
    # where she works
    r"|\b(certain|which|what)\s+(areas|parts|spots|body\s+parts)\b"
    r"(?!\s+(of\s+(health|town|the\s+city)|(do|does)\s+(you|she)\s+(serve|cover)))"
    r"|\b(skip|stay\s+away\s+from)\s+(certain|some|my)\b"
    r"|\b(full|whole)\s+body\s*(\?|or\b|massage\s*\?)|\bor\s+(the\s+)?(full|whole)\s+body\b"
    r"|\bwhere\s+she\s+touch(es)?\b|\b(touch(es)?|touching)\s+(somewhere|a|each)\s+new\b|\bnew\s+area\b"
    r"|\bonly\s+(do|work\s+on)\s+(my\s+)?\w+\s+and\s+\w+\b"
    # "can she avoid the neck completely", "I don't want her to touch my arms", "does she
    # tell you before she touches somewhere"
    r"|\b(she|renee|ren\u00e9e|you)\s+(avoid|skip|not\s+touch|stay\s+off)\s+(the|my|his|her|their)\s+(neck|head|face|feet|arms?|legs?|belly|stomach"
    r"|chest|back|scars?|hands?|shoulders?|hips?|glutes|butt|breasts?|port)\b"
    r"|\b(don'?t|dont|do\s+not)\s+want\s+(her|renee|ren\u00e9e|anyone|someone)\s+to\s+touch\b"
    r"|\bbefore\s+(she|renee|ren\u00e9e)\s+touch(es)?\b"
    # who comes along
    rf"|\b(come|be|stay|sit)\s+(in\s+)?(with|w/?)\s+{_PERSON}\b(?!\s+(to\s+)?(book|pay|a\s+referral))"
    r"|\bcome\s+in\s+(the\s+room\s+)?with\b|\bboth\s+of\s+us\s+(come|be|stay)\b|\b(stay|be|wait|sit)\s+in\s+the\s+room\b"
    # "could we both come?", "can both parents come" (not on the same day: booking), "can
    # I drive her and wait", "a mother-daughter session"
    r"|\b(can|could|may)\s+((we|they)\s+(both|all)|both\s+(of\s+(us|them)|(of\s+)?(my|our|the)\s+(parents|kids"
    r"|children|daughters|sons|twins|grandparents|girls|boys)|parents|kids))\s+come\b"
    r"(?!\s+(back|from|up|out|loose|apart|off|numb)\b)"
    r"(?![^.?!]*\b(same\s+(day|time)|one\s+after|back\s+to\s+back|together|in\s+a\s+row)\b)"
    r"|\b(drive|bring)\s+(her|him|them)\s+(there\s+)?and\s+wait\b|\btake\s+(her|him)\s+(there\s+)?and\s+wait\b"
    r"|\b(mother|mom|mum|father|dad|parent)[- ](and[- ])?(daughter|son|child|kid)\s+(sessions?|massages?|appointments?)\b"
    r"|\bbring\s+(my|our|the|his|her)\s+(baby|newborn|infant|daughter|son|kid|kids|child|husband|wife|partner"
    r"|mom|mum|mother|dad|father|friend|sister|brother|own\s+(lotion|oil|music|pillow|blanket|headphones)"
    r"|(breast\s+)?pump)\b"
    r"|\b(come|be)\s+by\s+(herself|himself|themselves|myself)\b|\b(need|have)\s+to\s+be\s+there\b"
    r"|\bneeds?\s+(me|him|her|them|someone)\s+(there|with\s+(him|her|them))\b"
    r"|\bwait\s+(inside|outside|in\s+the\s+(car|lobby|hall|hallway))\b"
    r"|\b(only|just)\s+(one|person|people)\s+there\b"
    r"|\b(i|we)\s+sit\s+in(\s+on\s+(it|the\s+(session|massage|appointment)))?\s*([?.!,]|$)"
    r"|\bwait(ing)?\s+(in\s+the\s+)?waiting\s+room\b|\b(translate|interpret|interpreter|translator)\s*(\?|for)"
    rf"|\b(only\s+)?speaks?\s+(only\s+)?{SPOKEN_LANGUAGES}\b"
    r"|\b(can|do)\s+(kids|children|teens|teenagers|minors|babies)\s+come\b"
    r"|\b(can|could)\s+a\s+\d{1,2}[- ]?(year[- ]old|yr[- ]old|yo)\s+come\b"
    # "side by side in the same room?", "how old does a kid have to be", "is 14 too young"
    r"|\bside\s+by\s+side\b|\b(be|stay|sit|us|both|time|together)\s+in\s+the\s+same\s+room\b"
    r"|\bhow\s+old\s+(does|do|must|should)\s+\w+(\s+\w+)?\s+(have|need)\s+to\s+be\s+(for|to\s+(see|book|get|come))\b"
    r"|\btoo\s+young\s+for\s+(her|renee|ren\u00e9e|you|a\s+session)\b|\b(minimum|youngest)\s+age\b|\bage\s+(limit|minimum)\b"
    # getting in
    r"|\b(walker|cane|scooter|power\s+chair|elevator|ground\s+floor|step[- ]free)\b"
    r"|\b(are\s+there|any)\s+(stairs|steps)\b|\b(do|climb|manage|handle)\s+(the\s+)?stairs\b|\bhelp\s+(me|him|her|them)\s+(up|on|off|onto)\b|\bwalk\s+(me|him|her|them)\s+in\b"
    # the room
    r"|\b(is|what'?s|what\s+is|see)\s+the\s+room\b|\bthe\s+room\s+(like|first|quiet|on)\b"
    r"|\b(her|the|your)\s+office\s+(quiet|loud|busy)\b|\bdoor\s+(locked|open|closed)\b"
    r"|\b(is|will)\s+the\s+(space|room|studio|office|place)\s+(be\s+)?(quiet|loud|noisy|busy|private|calm)\b"
    r"|\bphoto\s+of\s+the\s+room\b|\banyone\s+else\s+in\s+the\s+room\b"
    # what is said and asked
    r"|\b(have|need)\s+to\s+(talk|tell\s+her)\s+about\s+(my|what|the|her|his)\b"
    r"|\b(need|have|has)\s+to\s+tell\s+(her|renee|ren\u00e9e)\b|\bshould\s+i\s+tell\s+(her|renee|ren\u00e9e)\b"
    r"|\banything\s+(i|we)\s+should\s+(tell|bring|know)\b"
    r"|\b(not\s+talk\s+at\s+all|talk\s+through|ask\s+a\s+lot\s+of\s+questions)\b"
    r"|\b(say|tell\s+her)\s+(if|when)\s+(the\s+pressure|it\s+hurts|i\s+want\s+to\s+stop)\b"
    r"|\b(i|we|he|she|they)\s+(can|could|may)\s+(say\s+|ask\s+(her\s+)?to\s+)?stop\b|\bsay\s+stop\b"
    r"|\btell\s+(her|renee|ren\u00e9e)\s+to\s+stop\b"
    r"|\bcomment(s|ing)?\s+(on|about)\s+(my|his|her|their)\s+(body|weight|size|shape)\b"
    r"|\b(expects?|wants?|need|needs)\s+(me|him|her|them|us)\s+to\s+(talk|chat|speak)\b"
    r"(?!\s+(to|with)\s+(my|his|her|a|the|your)\b)"
    r"|\b(i|we|he|she|they|you)\s+((can|could|want\s+to|wanted\s+to)\s+)?(stop|stopped|end|ended)\s+"
    r"(it\s+|the\s+(session|massage)\s+)?(early|partway|halfway|in\s+the\s+middle"
    r"|after\s+(\d+|a\s+few|five|ten|fifteen|twenty)\s+min(ute)?s?)\b"
    r"|\b(and|but|just)\s+not\s+talk\b|\bdon'?t\s+(want|have)\s+to\s+talk\b"
    # "is it ok if I don't make eye contact or chit chat", "would she talk about weight or food"
    r"|\beye\s+contact\b|\bchit[- ]?chat\b|\btalk\s+about\s+(weight|food|eating|my\s+body|(his|her|their)\s+body)\b"
    r"|\bhand\s+signal\b|\bsignal\s+(like|if|when|to\s+stop)\b"
    # "can i leave if it gets too much", "a hard no. can i say that", "hold her hand during it"
    r"|\bleave\s+if\s+(it|things|that)\s+(gets?|is|becomes?|feels?)\s+(too\s+much|overwhelming|to\s+be\s+too\s+much)\b"
    r"|\b(can|could|may)\s+i\s+(say|tell\s+her)\s+(that|so)\s*[?.!]*\s*$"
    r"|\bhold\s+(her|his|their|my)\s+hand\s+(during|while|the\s+whole|through)\b"
    # "do i need to bring anything?"
    r"|\bbring\s+anything\s*([?.!]|$|to\b|for\b)"
    # "will Renée be gentle?", "what does a migraine massage involve", "does she do exercises"
    r"|\b(she|ren[ée]e)\s+be\s+(gentle|careful|patient)\b"
    r"|\bwhat\s+(does|would|will)\s+(a|the|my|an|his|her)\s+([\w-]+\s+){0,2}(massage|session|visit|appointment)\s+(involve|include|entail|consist\s+of)\b"
    r"|\b(do|does|will|would)\s+(she|ren[ée]e)\s+(do|give|assign|show)\s+((me|him|her|you|us|them)\s+)?(exercises|stretches|homework)\b"
    # "I have never had a massage. What actually happens?"
    r"|(^|[.!?]\s*)what\s+(actually|exactly)\s+happens\s*\?"
    # "can I come in my wheelchair and stay in it"
    r"|\b(stay|sit|remain)\s+in\s+(my|his|her|their|the)\s+wheelchair\b|\bcome\s+in\s+(my|his|her|a)\s+wheelchair\b"
    # what may happen on the table
    r"|\b(freak\s+out|fall\s+asleep|pass\s+out|drool)\b|\bsweat\s+a\s+lot\b|\bneeds?\s+breaks\b"
    r"|\b(ok|okay|normal|weird|awkward)\s+(if\s+i\s+|to\s+)cry\b|\bcry\s+(on\s+the\s+table|during)\b"
    r"|\bweigh\s+(me|her|him|them|people|you)\b|\bbody\s+(being\s+)?seen\b|\bseen\s+in\s+my\s+body\b"
    r"|\bscars?\b[^.?!]{0,60}\bweird\b"
    # "he hates being touched on his head, is that ok"
    r"|\b(hates?|don'?t\s+like|doesn'?t\s+like|can'?t\s+stand|rather\s+not\s+be)\s+(being\s+)?touched\s+(on|near)\s+(my|his|her|their|the)\s+(head|face|feet|neck|scalp|stomach|belly|chest)\b"
    # how long
    r"|\bhow\s+long\s+(does|would|will|is)\s+(the\s+whole\s+thing|(that|the|a|each|one|an|your|her)\s+"
    r"(session|appointment|appt|visit|massage))(\s+(take|last|be))?\s*([?.!,]|$)"
    r"|\bhow\s+long\s+(is\s+it(?!\s+(good|valid))|would\s+(it|each(\s+one)?|a\s+session(\s+like\s+that)?)\s+be"
    r"|would\s+(he|she|i|they)\s+have\s+to\s+lie)\b"
    # asked alone, after an answer: "and how long does it last?"
    r"|^\W*((and|ok|okay|so|cool|great|nice|perfect|thanks|thx)\W+)*how\s+long\s+(does|would|will)\s+it\s+(last|take)\W*$"
    r"|\b(a\s+)?half\s+(an\s+)?hour\s+(instead|session|one)\b|\bshort(er)?\s+(one|sessions?)\b"
    # "would an hour be too long", "would the first visit be a full hour"
    r"|\b(an?|full|one|whole)\s+hour\s+(be\s+)?too\s+long\b|\b(visit|session|appointment)\s+be\s+a\s+(full|whole)\s+hour\b"
    # "how long should a session be", "can I do just 30 min"
    r"|\bhow\s+long\s+(should|do|are)\s+(a\s+|the\s+|her\s+)?(session|sessions|massage|massages|appointment|appointments)"
    r"\s+(be|last|take|run)\b"
    r"|\b(do|book|get|have)\s+(just|only)\s+(a\s+)?(30|45|60|90|thirty|sixty|ninety|half\s+an?)\s*-?\s*(min|mins|minutes|hour|hr)\b"
    # "whats the shortest session you do", "i dont really like talking, is that ok"
    r"|\b(shortest|longest)\s+(session|massage|appointment|visit|one)s?\b"
    r"|\b(don'?t|dont|do\s+not)\s+(really\s+)?(like|want|enjoy)\s+(talking|to\s+talk|small\s+talk|chatting)\b"
    # what it is like
    r"|\bwhat\s+(would|will|does)\s+(a|the|my|his|her)\s+(first\s+)?(session|massage|visit|appointment)\s+"
    r"((even|actually|really)\s+)?(be|look)\s+like\b"
    r"|\bwhat\s+(should|do|can)\s+i\s+expect\b"
    r"|\bwhat\s+((actually|even|exactly)\s+)?happens\s+(at|during|in)\s+(a|an|the|my|your|her)\s+(first\s+)?"
    r"(visit|session|appointment|appt|massage)\b(?!\s+of\b)"
    r"|\bwhat\s+do\s+i\s+do\s+when\s+i\s+(show\s+up|arrive|get\s+there)\b"
    r"|\bhow\s+does\s+(a|the|the\s+first|my\s+first|a\s+first)\s+(session|visit|appointment)\s+work\b"
    r"|\bwhat\s+(a|the)\s+(first\s+)?(massage|session)\s+(would|will)\s+((even|actually|really)\s+)?be\s+like\b"
    r"|\bon\s+(my|her)\s+period\b"
    # what is used
    r"|\b(scented|unscented|fragrance[- ]free|nut[- ]free)\b|\b(use|uses|using)\s+(\w+\s+){0,2}(oils?|lotions?)\b"
    r"|\b(does|will|would)\s+(she|ren[ée]e)\s+(\w+\s+)?use\s+heat(ed)?\b|\bheated\s+(tables?|blankets?)\b"
    r"|\blatex\b|\bfragrances?\b|(?<!sell\s)(?<!buy\s)\bessential\s+oils?\b|\bhot\s+(towels?|stones?)\b"
    r"|\ballerg(y|ic|ies)\s+to\s+[^.?!]{0,30}\b(oils?|lotions?|scents?|nuts?|lavender)\b"
    # before the visit
    r"|\bfill\s+(something|anything)\s+out\b|\bintake\s+forms?\b"
    # "does she need my full health history", "do I put that on the forms", "can my son
    # help me fill it in", "a colostomy bag"
    r"|\b(she|renee|ren\u00e9e)\s+(need|needs|ask\s+for|asks?\s+about)\s+(my|his|her|your|a|the)\s+(full\s+)?(health|medical)\s+history\b"
    r"|\b(put|write)\s+(that|it|this)\s+(down\s+)?on\s+(a|the)\s+forms\b"
    r"|\bhelp\s+(me|him|her)\s+fill\s+(it|them|those|the\s+forms?)\s+(in|out)\b"
    r"|\b(colostomy|ostomy|stoma)\b"
    r"|\b(eat|drink|shower|bathe)\s+(beforehand|first|before(\s+(the|my|a)\s+(massage|session|visit))?)\s*([?.!,]|$)"
    r"|\bbring\s+(my|the|his|her)\s+(mri|x-?rays?|records|results|scans?|reports?)\b"
    r"|\binsulin\s+pump\b"
    # in visitors' words: "What do I wear to a medical massage?", "is there a dress code",
    # "what actually happens when i show up?", "how long would a hands-only session be",
    # "is 30 min enough", "will she make him chat", "a hand signal to stop", "keep a sheet
    # over everything", "is it gentle?", "soreness next day?", "drink water after?"
    r"|\bwhat\s+(do|should|would|does)\s+(i|we|he|she|they)\s+wear\b"
    r"(?!\s+to\s+(the|a|my|her|his|this)\s+(wedding|party|interview|funeral|work|office|gym|beach|dinner|prom|date)\b)"
    r"|\bdress\s+code\b"
    r"|\bwhat\s+((actually|even|exactly)\s+)?happens\s+when\s+(i|we|you)\s+(show\s+up|arrive|get\s+there|come\s+in)\b"
    r"|\bhow\s+long\s+(would|will|is)\s+(a|the|that)\s+([\w-]+\s+)?session\s+be\b"
    r"|\b(\d+|thirty|sixty|ninety)\s*(min|mins|minutes)\s+enough\b|\b(full|half)\s+(an\s+)?hour\s+(or|better|enough)\b"
    r"|\bmake\s+(me|him|her|them)\s+(chat|talk)\b|\b(hand\s+)?signal\s+to\s+stop\b|\bsmall\s+talk\b"
    r"|\b(keep|have)\s+a\s+(sheet|blanket|towel)\s+(over|on)\b|\btotally\s+naked\b"
    r"|\bcome\s+(alone|by\s+(him|her|my)self|on\s+(his|her|my|their)\s+own)\b"
    r"|\bbring\s+(my|our|the|his|her)\s+\d+\s*(week|month|day)s?\s+old\b"
    r"|\bis\s+(it|she|the\s+massage)\s+(gentle|painful)\b|\bsoreness\s+(the\s+)?next\s+day\b"
    r"|\bdrink\s+(water|lots\s+of\s+water)\s+after\b|\b(and\s+)?after\W+drink\s+water\b"
    # long messages and short ones: "how long a session?", "do you have 90 minute slots?",
    # "is talking required?", "he must talk in session?", "does she play music?", "does she
    # do a formal intake?", "which position would he lie in?", "can I stay on my side the
    # whole time", "side-lying", "how would Renée know if she wants to stop?", "photos of
    # the room", "how does she make it feel safe?", "anything she'd need to know before a
    # session", "what does she actually work on", "does he need to take off clothes?",
    # "introduce touch" (not "can she work around the port", her training)
    r"|\bhow\s+long\s+(a|the|one|each)\s+(session|massage|appointment|visit)\s*([?.!]|$)"
    r"|\b(have|do|offer)\s+(\d+|sixty|ninety)\s*[- ]?(min|mins|minute|minutes)\s*(slots?|sessions?|appointments?|massages?|ones?)\b"
    r"|\b(do|does)\s+(you|u|she|ren[ée]e)\s+(do|offer)\s+(\d+|sixty|ninety)\s*[- ]?(min|mins|minute|minutes)\b"
    # "are your sessions 60 or 90 minutes" (the visit beside the sessions), "how long" alone
    r"|\b(are|is)\s+(your|her|ur|the)\s+(sessions?|massages?|appointments?|appts?)\s+(\d+|thirty|sixty|ninety)\s*"
    r"(or|to|-)\s*(\d+|thirty|sixty|ninety)\s*(min|mins|minute|minutes)\b"
    r"|^\W*((and|ok|okay|so|lol|cool)\W+)*how\s+long(\s+(is\s+it|are\s+they|is\s+one))?\W*$"
    r"|\btalking\s+(required|necessary|mandatory|expected)\b|\b(must|has\s+to|have\s+to)\s+talk\s+(in|during)\s+(the\s+)?(session|massage)\b"
    r"|\b(does|will|would|can|could)\s+(she|ren[ée]e|you)\s+play\s+music\b|\bmusic\s+(during|in\s+the\s+room)\b"
    r"|\b(do|does)\s+(a|an)\s+(formal\s+)?intake\b|\bintake\s+(session|process|appointment|consult)\b"
    r"|\b(which|what)\s+position\s+(would|will|do|does)\s+(i|he|she|they|we)\s+(lie|lay|be)\b"
    r"|\bstay\s+on\s+(my|his|her|their)\s+(side|back|stomach|belly)\s+(the\s+whole|during|for\s+the|on\s+the\s+table)\b"
    r"|\b(do|does|use|uses|or|offer)\s+(\w+\s+)?side[- ]lying\b"
    r"|\b(she|ren[ée]e)\s+know\s+(if|when)\s+(i|he|she|they)\s+(wants?|need|needs)\s+to\s+stop\b"
    r"|\bphotos?\s+of\s+the\s+(room|space|studio|office)\b"
    r"|\bhow\s+(does|would|will)\s+(she|ren[ée]e)\s+make\s+(it|me|him|her|them|the\s+session)\s+(feel\s+)?(safe|comfortable)\b"
    r"|\banything\s+(she|ren[ée]e)('d|\s+would|\s+should|\s+needs?)\s+(need\s+to\s+)?know\b"
    r"|\bwhat\s+(does|would|will)\s+(she|ren[ée]e)\s+((actually|even|really)\s+)?work\s+on\b"
    r"|\b(need|needs|have|has)\s+to\s+take\s+off\s+((my|his|her|their|the)\s+)?clothes\b|\bintroduce\s+touch\b"
    # on messaging apps and from people for whom touch is hard: "how long r the sessions",
    # "what if i want to stop", "and if I change my mind mid-session?",
    # "do I have to talk about it?", "would i need to explain my past to her", "a female
    # chaperone", "if I'm in the room holding his hand", "I'd want to be there", "will she
    # touch my belly?", "what if I cry", "a signal instead of words", "talk while she
    # works", "worried I'll cry", "emotional after a massage", "at my own pace", "what would
    # I need to wear", "what would renee actually do in a session", "what about music";
    # most only as the whole question ("what if I want to stop? I'm tired of everything" is
    # not about the table; "how long are the sessions going to take to help" asks how many).
    # Not "60 or 90 minutes?", asked of the sessions, nor being face down or weighed,
    # whether she sees a teenager or is trained in trauma: earlier visitors meant other
    # questions by them.
    r"|\bhow\s+long\s+(r|are|is)\s+(the|those|these|your|her|ur|each)\s+(sessions?|appts?|appointments?|massages?|visits?)\b"
    r"(?!\s+(good|valid|going|gonna|effective|covered|out|booked|booking))"
    r"|\bwhat\s+if\s+(i|he|she|they|we)\s+(want|wants|need|needs)\s+to\s+stop"
    r"(\s+(mid[- ]?(session|massage|way)|halfway|partway|during\s+(it|the\s+(session|massage))))?\s*[?.!]*\s*$"
    r"|\bchange\s+(my|his|her|their)\s+mind\s+(mid[- ]?(session|massage)|(halfway|partway)\s+through\s+(it|the\s+(session|massage))"
    r"|during\s+(it|the\s+(session|massage)))\b"
    r"|\b(do|would|will)\s+(i|we|he|she|they)\s+(have|need)\s+to\s+(talk\s+about|explain|share|go\s+into)\s+"
    r"(it|that|this|everything|my\s+(past|history|story|trauma)|the\s+details|what\s+happened)(\s+(to|with)\s+(her|ren[ée]e))?\s*[?.!]*(\s|$)"
    r"|\b(do|would|will|should)\s+i\s+((have|need)\s+to\s+)?tell\s+(her|ren[ée]e)\s+(the\s+details|what\s+happened)\b"
    r"|\bis\s+(that|it)\s+(ok|okay)\s+to\s+tell\s+(her|ren[ée]e)\s*[?.!]*\s*$"
    r"|\b(a|female|male)\s+chaperones?\b|\bchaperones?\s+(in|during|present)\b"
    r"|\bif\s+(i'?m|i\s+am|we'?re|we\s+are)\s+in\s+the\s+room\b"
    r"|\b(i'?d|i\s+would|we'?d)\s+(want|need)\s+to\s+be\s+there(\s+(with|for)\s+(him|her|them))?\s*([?.!]|$)"
    r"|\b(will|would|does|do)\s+(she|ren[ée]e|you)\s+(touch|massage|work\s+on)\s+(my|his|her|their)\s+"
    r"(belly|stomach|face|chest|butt|glutes|feet|head|scalp)\b"
    r"|\b(can|could)\s+(we|she|you|ren[ée]e)\s+skip\s+(the\s+|my\s+)?(arms?|legs?|belly|stomach|face|chest|feet|neck|head)\b"
    r"|\bwhat\s+if\s+(i|he|she|they)\s+(cry|cries|start\s+crying)(\s+(on\s+the\s+table|during\s+(it|the\s+(session|massage))))?\s*[?.!]*\s*$"
    # "if it hurt can I tell her to stop?", "is there a bathroom I can use?"
    r"|\b(can|could|should)\s+(i|we|he|she|they)\s+tell\s+(her|ren[ée]e)\s+to\s+(stop|go\s+(lighter|softer|easier)|ease\s+up)\b"
    r"|\bis\s+there\s+a\s+(bathroom|restroom|toilet|washroom)\b"
    r"|\bsignal\s+instead\b|\b(talk|chat)\s+while\s+(she|ren[ée]e|you)\s+(works|work|massages?)\s*([?.!]|$|on\s+me\b)"
    r"|\b(worried|afraid|scared|nervous)\s+(that\s+)?(i'?ll|i\s+will|i\s+might|i\s+may)\s+(cry|fall\s+asleep)"
    r"\s*([?.!,]|$|on\s+the\s+table|during)"
    r"|\b(feel|get|be|feeling|getting|got)\s+emotional\s+(after|during)\s+((a|the|my|each)\s+)?(massage|session)s?\b"
    r"|\b(can|could)\s+(i|we)\s+(go|take\s+it)\s+at\s+(my|our)\s+own\s+pace\b(?!\s+with)"
    r"|\bwhat\s+(do|should|would|will)\s+(i|we|he|she|they)\s+(need|have)\s+to\s+wear\b"
    r"|\bwhat\s+(would|will)\s+(she|ren[ée]e)\s+((actually|even|really)\s+)?do\s+(in|during)\s+(a|the|each|our|my|his|her)\s+"
    r"(session|massage|visit|appointment)\s*([?.!]|$)"
    r"|\bwhat\s+about\s+(the\s+)?music\s*([?.!,]|$)|\b(pick|choose)\s+the\s+music\b|\bturn\s+(the\s+)?music\s+off\b"
    # from first-timers: "what if I get cold", "is the first visit longer?", "what if my
    # stomach growls", "trouble getting on and off tables", "I cried during my last
    # massage", "does Renée ask questions about what happened?", "are the sheets fresh",
    # "can I be in the room", "is it going to be weird?", "can we just talk first?",
    # "would she even touch feet"
    r"|\bwhat\s+if\s+(i|he|she|they)\s+(get|gets)\s+(cold|too\s+cold|chilly)\b"
    r"(?!\s+(sores?|feet|hands|symptoms?|and\s+flu|or\s+(flu|covid)|virus))"
    r"|\b(first|1st)\s+(visit|session|appointment|appt)\s+(longer|shorter)\b"
    r"|\b(what\s+)?if\s+(my|his|her)\s+stomach\s+(growls?|growling|rumbles?|rumbling)\b"
    r"|\b(on|onto)\s+and\s+off\s+((the|a)\s+)?tables?\b"
    r"|\bcried\s+((during|in)\s+(a|my|the|her)\s+(last\s+)?(massage|session)|on\s+the\s+table)\b"
    r"|\b(does|will|would|do)\s+(she|ren[ée]e|you)\s+ask\s+(\w+\s+)?(questions\s+)?about\s+what\s+happened\b"
    r"|\b(are|is|will|do)\s+(the\s+)?(sheets|linens)\s+(be\s+)?(fresh|clean|washed|changed)\b"
    r"|\b(fresh|clean|new)\s+(sheets|linens)\s+for\s+(each|every)\s+(client|session|person|visit)\b"
    r"|\bcan\s+i\s+be\s+in\s+the\s+room(\s+(with|for|during)\s+(him|her|them|it|the\s+(session|massage)))?\s*[?.!]*\s*$"
    # the last words, alone: "... never had one in my life. Is it going to be weird?"
    r"|(^|[.!?]\s+)is\s+it\s+(going\s+to|gonna)\s+be\s+(weird|awkward|uncomfortable)\s*[?.!]*\s*$"
    r"|\b(can|could)\s+(we|i)\s+(just\s+)?talk\s+first\s*[?.!]*\s*$"
    r"|\b(would|will|does)\s+(she|ren[ée]e)\s+(even\s+)?touch\s+(feet|hands|toes)\b"
    # from families, carers and people for whom touch or a new place is hard: "can I stay
    # close by?", "can I drop him off or do I have to stay?",
    # "so can she work on him sitting up?", "can he sit up?", "and if he wants to stop
    # halfway?", "what if he refuses once we're there", "is there a safe word", "will she
    # ask for consent before touching me?", "would Renée tell her before touching?", "how
    # would renee know what to do?", "how would we know if he doesn't like it?", "can i
    # come look at the place before i book?", "would she
    # need her own consultation first?", "is it quiet in there?", "can she keep a scarf
    # on?", "can I keep my eyes open", "what's the shortest you do", "can we do shorter",
    # "how long would that take", "does she do internal work", "can she go really gentle?", "no massage on my legs", "what would
    # she do instead then", "is there wine or champagne", "communicate by writing", "how
    # young is too young?", "he makes loud noises, is that ok?", "start slow", "tips for the
    # first visit", "is MLD painful"
    r"|\b(can|could|may)\s+i\s+stay\s+(close\s+by|nearby|in\s+the\s+room)\b"
    r"|\b(can|could)\s+i\s+(just\s+)?drop\s+(him|her|them)\s+off\b"
    r"|\b(do|would)\s+i\s+(have|need)\s+to\s+stay(\s+(with\s+(him|her|them)|in\s+the\s+room|there))?\s*[?.!]*\s*$"
    r"|\b(with|and)\s+me\s+(present|in\s+the\s+room|there)\s*[?.!]*\s*$"
    r"|\b(i'?d|she'?d|he'?d|can\s+(i|she|he)|could\s+(i|she|he))\s+(just\s+)?sit\s+(quietly\s+)?in\s+the\s+corner\b"
    r"|\b(can|could|would|will)\s+(she|ren[ée]e|you)\s+(work\s+on|massage|do\s+it\s+with|see)\s+(him|her|them|me)\s+(sitting(\s+up)?|seated|in\s+(a|his|her|my|their)\s+(wheel)?chair"
    r"|lying\s+on\s+(his|her|their|my)\s+side)\b"
    r"|\b(can|could)\s+(he|she|i|they)\s+(sit\s+up|stay\s+seated|stay\s+in\s+(his|her|my|their)\s+(wheel)?chair)"
    r"\s*(\?|for\s+(it|the\s+(massage|session))|during|instead|on\s+the\s+table)"
    r"|\b(can'?t|cant|cannot)\s+(lie|lay)\s+(on\s+(my|his|her|their)\s+(stomach|belly|front|back)|flat|face\s*down)\b"
    r"[^?]{0,40}\b(is\s+(that|it)\s+(a\s+problem|ok|okay)|problem)\b"
    r"|\b(and\s+)?if\s+(he|she|i|they)\s+(wants?|needs?)\s+to\s+stop\s+(halfway|partway|midway|early)\b"
    r"|^\W*(and\s+)?(can\s+(i|we|he|she|they)\s+)?stop\s+any\s*time\W*$"
    r"|\bwhat\s+if\s+(he|she|they)\s+refuses?(\s+(once|when)\s+(we'?re|we\s+are|we\s+get|they\s+get|he\s+gets|she\s+gets)\s+there)?\s*[?.!]*\s*$"
    r"|\bif\s+(i|he|she|they)\s+freeze\b|\b(safe\s*word|stop\s+signal|signal\s+to\s+stop)\b"
    r"|\b(a|your|her)\s+consent\s+(policy|policies)\b"
    r"|\b(will|would|does|do)\s+(she|ren[ée]e)\s+ask\s+(me\s+|him\s+|her\s+|them\s+)?for\s+consent\b"
    r"|\b(will|would|does)\s+(she|ren[ée]e)\s+(tell|ask)\s+(her|him|me|them)\s+before\s+touching\b"
    r"|\bhow\s+(would|will|does|could)\s+(she|ren[ée]e)\s+know\s+what\s+to\s+do\b"
    r"|\bhow\s+(would|will|do|could)\s+(we|she|you|i|ren[ée]e)\s+know\s+if\s+(he|she|they|i)\s+(doesn'?t|don'?t|does\s+not|do\s+not)\s+like\s+it\b"
    r"|\b(come|stop|drop)\s+(by\s+)?(and\s+)?(look|see)\s+(at\s+)?the\s+(place|space|room|studio|office)\b"
    r"|\b(need|needs|have|has)\s+(to\s+have\s+)?(a|an|her|his|their|my)\s+(own\s+)?consultation\s+first\b|\b(first\s+(session|one|visit)\s+be\s+just\s+talking)\b"
    r"|\bhow\s+(would|will)\s+the\s+first\s+(session|visit|appointment)\s+go\b"
    r"|\bis\s+it\s+quiet\s+(in\s+there|there|where\s+she\s+works|in\s+the\s+(room|office|studio))\b|\bquiet\s+waiting\s+(area|room)\b"
    r"|\b(is\s+it|is\s+this|or)\s+a\s+busy\s+(place|spa|office|clinic)\b"
    r"|\bpeople\s+coming\s+and\s+going\b"
    r"|\bkeep\s+(a|my|her|his|their)\s+(head\s*)?(scarf|hat|wig|shorts|leggings|t-?shirt|hoodie|mask)\s+on\b"
    r"|\bcan\s+i\s+keep\s+my\s+eyes\s+open\s+(and|during|while|the\s+whole)\b"
    r"|\bwhat('?s|\s+is)\s+the\s+(shortest|longest)\s+(you|she|session|massage|one|appointment)\b"
    r"|^\W*((and|ok|okay|so)\W+)*can\s+(we|i|she|he)\s+do\s+(a\s+)?(shorter|longer)(\s+(one|session|ones|sessions))?\W*$"
    r"|\bhow\s+long\s+would\s+(that|the\s+first\s+(one|session|visit))\s+(be|take)\s*([?.!,]|$|and\b)"
    r"|\bhow\s+long\s+is\s+each\s+one\b(?!\s+(good|valid))"
    r"|\b(does|do)\s+(she|you|ren[ée]e)\s+do\s+internal\s+(work|massage)\b"
    r"|\b(can|could|will|would)\s+(she|ren[ée]e)\s+(go|be|work)\s+(really\s+|very\s+|extra\s+|super\s+)?(gentle|light|soft|easy)\b"
    r"|\bno\s+(massage|touch|touching|work)\s+on\s+(my|his|her|their)\b|\bskip\s+(that|this)\s+(area|part|spot)\b"
    r"|^\W*((and|ok|okay|so)\W+)*what\s+(would|will|does|could)\s+(she|ren[ée]e)\s+do\s+instead(\s+then)?\W*$"
    r"|\bis\s+there\s+(any\s+)?(wine|champagne|prosecco)\b"
    r"|\b(won'?t|doesn'?t|don'?t)\s+(want\s+to\s+)?talk\s+much\b[^?]{0,20}\b(do|does)\s+(he|she|i|they)\s+have\s+to\b"
    r"|\b(not|don'?t)\s+want\s+to\s+talk\s+about\s+what\s+happen(ed)?\W+(is|it'?s)\s+(it\s+|that\s+)?(ok|okay|fine|alright)\b"
    r"|\b(lies|lie)\s+there\s+and\s+(says?|does)\s+nothing\W+(is\s+that|is\s+it|would\s+that\s+be)\s+(ok|okay|fine|alright)\b"
    r"|\b(could|can|would)\s+(she|we|ren[ée]e)\s+start\s+with\s+(just\s+)?(his|her|my|their)\s+(hands|feet|back|shoulders|arms)\b"
    r"|\b(need|needs|have|has)\s+to\s+talk\s+to\s+(her|him|me|them)\s+first\b"
    r"|\bhow\s+young\s+is\s+too\s+young\b|\bhow\s+old\s+(does|do|must|should)\s+(he|she|they|you|my\s+\w+)\s+(need\s+to\s+|have\s+to\s+)?be\b"
    r"(?=\s*([?.!,]|$|for\s+(a\s+)?(massage|session)|to\s+(come|book|see\s+her|get\s+(a\s+)?(massage|session))))"
    r"|\b(he|she|they)\s+(sometimes\s+|often\s+)?makes?\s+(loud\s+)?noises\b[^?]{0,30}\b(is|would)\s+that\s+(be\s+)?(ok|okay|alright|fine)\b"
    r"|\b(possible|can\s+(we|i|she)|could\s+(we|i|she))\s+(to\s+)?start\s+(slow|slowly|gently|small)\b"
    r"|\b(massage\s+)?therapist\s+who\s+(didn'?t|did\s+not)\s+(listen|stop)\b|\btips\s+for\s+(the|my|a)\s+first\s+(visit|session|massage|appointment)\b"
    r"|\bis\s+(mld|manual\s+lymph(atic)?\s+drainage|lymph(atic)?\s+drainage)\s+(painful|uncomfortable)\b"
    r"|\bcommunicate\s+(with\s+(her|ren[ée]e)\s+)?(by|through|in)\s+(writing|text|typing|signs?|gestures?)\b"
)


def asks_a_visit_detail(text: str) -> bool:
    """Whether ``text`` (lower-cased) names a detail of the visit; the caller decides
    whether it asks."""
    return bool(VISIT_DETAILS.search(text))
