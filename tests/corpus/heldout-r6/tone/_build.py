# Builds sentences.tsv from the hand-written lists below (fixed shuffle seed).
import random, os

BLAME = """The parcels left our warehouse on time; it was the courier who sat on them for four days.
Your fulfilment centre mixed our stock with another seller's commingled units, which is how a fake ended up in a customer's hands.
Our former virtual assistant uploaded those listings without telling anyone.
The buyer clearly used the product for a month and then returned it claiming it was new in the box.
As anyone looking at the tracking can see, the delays happened after the carrier took possession.
We were simply following the category instructions Seller Support gave us on the phone.
The complaint was filed by a competitor who has been targeting our listings since March.
Someone hijacked our listing and shipped knock-offs under our brand, and now we are the ones being punished.
How were we supposed to know the supplier had swapped the packaging without telling us?
The manufacturer changed the formula in the last batch and never informed its distributors.
The wrong labels were applied at the prep centre we pay to handle our FBA shipments.
These A-to-z claims were opened by buyers who never even contacted us first.
Amazon's system flagged a brand new listing as used, which makes no sense to us.
It was not our decision to cancel those orders; the integration software did it automatically after a sync error.
Our agency wrote the bullet points, and they are the ones who added the other company's trademark.
The payment processor froze our card, so the verification charge bounced.
Royal Mail lost a whole sack of our parcels in November, which is what pushed the late delivery rate over the target.
Frankly, the issue lies with the detail page itself, which was merged with another product by Amazon's catalogue team.
Several of these so-called inauthentic complaints came from buyers who wanted a free return.
My ex-business partner opened the second account in his own name without my knowledge.
The stock was damaged inside Amazon's warehouse, not by us.
The courier scanned the parcels a day late, so on paper they look late even though we handed them over on time.
Any reasonable reviewer would agree that a buyer who leaves one star for a delay caused by snow is not reflecting our service.
The negative feedback was left by a customer who ordered the wrong size and then took it out on us.
One warehouse employee ignored the written procedure and shipped returned units as new.
The listing was edited by another seller on the same ASIN, and the wrong image came from them.
Amazon's own fee preview told us the product was allowed in this category.
These orders went missing somewhere in the carrier's hub, which is out of our hands.
We did exactly what the previous appeal reply told us to do, so it is hard to see why this was rejected again.
The chargebacks were filed by a single buyer who disputed every purchase he made that month.
Everything was fine until Amazon changed the shipping template settings on their side in September.
The freelancer we hired copied those images from the brand's website and told us they were royalty free.
Not one of these defects was caused by anything that happened in our own warehouse.
If the fulfilment centre had inspected the inbound shipment properly, the damaged units would never have been sent out.
It is a bit rich to be penalised for late deliveries during a national postal strike.
The verification documents were rejected because your upload tool kept compressing the PDF until it was unreadable.
The product was restricted only after we listed it; nobody told sellers the rule had changed.
Our reviews were manipulated by somebody else, probably a rival trying to get us suspended.
The order was marked as shipped by our 3PL before the parcel was actually collected.
Our distributor assured us in writing that everything they sold was genuine, so we had no reason to doubt it.
The buyer gave a wrong address and then complained that the parcel never arrived.
The price error came from the repricing software, which went haywire overnight.
The factory in Ningbo sent a different plug type than the one we ordered.
Apparently we are now responsible for what happens after a van driver leaves a parcel in the rain.
The temporary pickers hired for the Christmas peak didn't bother to read the picking instructions.
The brand owner files these complaints against every reseller to get rid of competition, whether the goods are genuine or not.
These complaints only started after the listing was taken over by a hijacker in January.
The Seller Support agent told us a second account for our other brand was fine.
Half of the late shipments were orders that Amazon released to us after the cut-off time.
The tracking numbers were valid; it was the carrier's system that failed to send the scans to Amazon.
Were we really expected to check every single unit that came sealed from the manufacturer?
The buyer admitted in a message that he had dropped the kettle himself.
The A-to-z claim was granted without anyone at Amazon even looking at the proof of delivery we provided.
The listing was flagged by an automated bot that obviously can't tell a phone case from a phone.
The previous owner of the business was the one who ran the review club, long before we bought the company.
The damage happened in transit between your fulfilment centres, as the inventory adjustment report shows.
It's the same story every peak season: the couriers can't cope and sellers get the blame.
The product safety complaint came from one buyer who plainly ignored the instructions on the box.
Let's be honest, the algorithm that matched our account to the other one got it wrong.
Those units were returned by customers and Amazon put them back into sellable stock on its own.
The courier company is not delivering on time in our area since months, so what we can do from our side?
Kindly note the wrong item was packed by the fulfilment centre staff and not by us.
Our goods were genuine when they left us, so whatever the customer received must have been switched somewhere after that.
Buyers these days open a claim first and ask questions later.
The documents were in order; the reviewer obviously did not open the attachment.
Amazon's catalogue automatically added the brand name to our title when the listing was created.
It is not reasonable to expect a small seller to catch a defect that even the manufacturer's QC missed.
The ASIN was reported by the brand only because we undercut their pricing.
Die Verzögerungen sind allein beim Paketdienst entstanden, wir haben jede Sendung pünktlich übergeben.
Unser ehemaliger Mitarbeiter hat die Angebote ohne Rücksprache als neu eingestellt.
Die beschädigte Ware kam so aus dem Amazon-Logistikzentrum zurück, das sieht man auf den Fotos deutlich.
Le transporteur a égaré une partie des colis, ce qui explique les retards de livraison.
C'est l'acheteur qui a utilisé le produit avant de le renvoyer comme neuf.
Notre fournisseur nous a livré une série non conforme sans jamais nous prévenir.
Las reclamaciones vienen de un competidor que quiere sacarnos del mercado.
El almacén de Amazon mezcló nuestras unidades con las de otro vendedor.
La agencia que contratamos redactó los títulos y fue ella quien incluyó la marca registrada.
Il corriere ha consegnato i pacchi in ritardo, non certo per colpa nostra.
È stato il fornitore a cambiare l'imballaggio senza avvisarci.
Il sistema di Amazon ha collegato il nostro account a un altro per errore."""

THREAT = """If this account is not reinstated within seven days, our solicitors will file a claim for the withheld balance.
We have already prepared a complaint to the Federal Trade Commission about how sellers are treated.
Our lawyer has advised us that this deactivation breaches the Business Solutions Agreement, and we are acting on that advice.
We will be contacting the BBC consumer programme about the way this case has been handled.
Please be aware that we are keeping all options open, including formal proceedings.
If nothing changes, we will move our entire catalogue to eBay and Walmart and stop advertising on Amazon altogether.
We expect to be compensated for every day of lost sales since the suspension.
A formal complaint under the EU Platform-to-Business Regulation will follow if we do not hear back by Friday.
We would rather not take this further, but we will if we have to.
I have written to my MP and will be copying her on all future correspondence.
We are in contact with other affected sellers about a joint legal action.
If the funds are not released, we will initiate arbitration under the agreement.
Our customers will be told exactly why their orders were cancelled, and that it was Amazon's doing.
We are prepared to go to the press with the full story of this suspension.
Consider this our final attempt to settle the matter before we file in small claims court.
I will post a detailed video about this treatment on our YouTube channel, which has 80,000 subscribers.
Should the decision stand, we will be reporting it to the Competition and Markets Authority.
This is the last appeal we will send before handing everything over to our attorney.
You leave us no choice but to dispute the seller fees with our bank.
We reserve the right to claim damages for the inventory that was destroyed.
We are considering a complaint to the Bundeskartellamt about this treatment.
Reinstate the account by Monday or we will escalate this to your CEO and to the media.
Our trade association has been informed and is ready to raise this case with the European Commission.
We will hold Amazon liable for every penny of the stock that was lost in your warehouse.
I'm giving you 48 hours to reverse this before I start a public campaign.
We have documented everything and are ready to present it in court if needed.
If our listings are not back online, we will leave one-star reviews of Seller Central on every platform we can.
A class action over these unfair suspensions is being organised, and we intend to join it.
We have asked our legal department to review whether Amazon has acted in bad faith.
Unless the hold on our funds is lifted, we will file a complaint with the ombudsman.
We are fully prepared to take our business, and our 40,000 monthly orders, to a competitor.
Please note that our attorney is copied on this appeal.
We kindly remind you that withholding funds without cause may have legal consequences.
This case will be shared on the Seller Forums and in every seller group we are part of.
I will also be raising this with the Ministry of Commerce, since Amazon operates under Indian law here.
If we do not receive a reply within 72 hours, we will assume Amazon has no answer and act accordingly.
We are entitled to compensation for the storage fees charged while our listings were blocked.
Further action will be taken if this matter is not resolved promptly.
We have filed a complaint with the state Attorney General's office and are awaiting their response.
Amazon should know that we have set aside a budget for litigation.
We will not hesitate to involve the regulator if our appeal is ignored once more.
If this is how Amazon treats loyal sellers, the rest of the world should know about it.
We demand full reimbursement of the removal fees and the lost Prime Day revenue.
This is our final warning before we file with the Australian Competition and Consumer Commission.
We are sure Amazon would prefer to resolve this quietly rather than in front of a judge.
We have asked our congressman's office to look into this matter.
Please treat this as a formal letter before action.
Without a response by the end of the month, we will withdraw from Brand Registry and end all Vine enrolments.
Our patience has limits, and so does our willingness to keep selling here.
We are preparing a Trustpilot campaign with our buyers about this decision.
The next step will be a formal complaint under the Digital Services Act.
Be advised that we will claim interest on the funds for every week they are held.
If our ASINs are not restored, we will instruct our distributors to stop supplying Amazon Retail as well.
I am meeting with a consumer-rights lawyer next week to discuss this suspension.
We would hate for this to end up in the newspapers, but it may come to that.
Please reinstate us immediately; otherwise we will have no option but to escalate.
We expect a written explanation from a manager within five business days.
Our investors have asked us to prepare a legal claim should this appeal fail.
A review of Amazon's seller practices will be published on our blog next week unless this is fixed.
Remember that a chargeback can be raised on every advertising invoice from this period.
Let this appeal serve as notice that we intend to recover our costs by any lawful means.
Kindly be informed that we will approach consumer court if the account is not activated at the earliest.
We have many followers on Instagram and they will definitely hear about this.
Think carefully before rejecting this appeal, because the next letter will come from our law firm.
Amazon is not the only marketplace, and our brand will do just fine on Shopify and TikTok Shop.
Until our account is restored, no further inventory will be sent to any fulfilment centre and all our ad spend is frozen.
Depending on your answer, we will decide whether to involve the courts.
We expect this to be settled by 15 March; after that date the matter leaves our hands.
Sollte unser Konto nicht bis Freitag reaktiviert werden, wird unser Anwalt rechtliche Schritte einleiten.
Wir behalten uns ausdrücklich vor, Schadensersatz für die entgangenen Umsätze zu fordern.
Eine Beschwerde bei der Verbraucherzentrale ist bereits vorbereitet.
Sans réponse sous huit jours, nous saisirons la DGCCRF.
Notre avocat est en copie de ce message et prépare une mise en demeure.
Si rien ne change, nous transférerons toutes nos ventes vers Cdiscount et la Fnac.
Si no se reactiva la cuenta, presentaremos una reclamación ante la OCU.
Nos reservamos el derecho de acudir a los tribunales para recuperar los fondos retenidos.
Vamos a contar nuestro caso en las redes sociales si no recibimos respuesta.
In mancanza di una risposta entro 48 ore ci rivolgeremo all'AGCM.
Il nostro legale ha già preparato una diffida nei confronti di Amazon.
Chiederemo il risarcimento di tutti i danni subiti durante la sospensione."""

EMOTIVE = """Please, I am begging you, this account is the only income my family has.
My father started this business thirty years ago and I cannot be the one who loses it.
I have put every penny of my savings into this inventory.
Our three employees have children, and I do not know how to tell them we cannot pay wages this month.
This decision is destroying everything we have worked for!
I am a single mother and Amazon sales pay for my daughter's school.
Please have a heart and give us one more chance.
I honestly don't know what else to do anymore.
My wife is undergoing chemotherapy and the stress of this suspension is unbearable.
We are drowning in debt while our stock sits in your warehouse.
Every day without sales brings us closer to losing our home.
I feel completely helpless and ignored.
We have always tried our best for every customer, and this feels like a slap in the face.
Please, please look at our case with some compassion.
I cried when I read your last email.
We are a tiny family business, not a big corporation, and this is crushing us.
My health has deteriorated since this started and my doctor has signed me off work.
You are literally our last hope.
How can a company this big do this to people like us?
We have loans to repay and the bank is calling every day.
It breaks my heart to see years of hard work disappear overnight.
I'm not a criminal, I'm just a dad trying to feed his kids.
This has been the worst month of my life.
Our warehouse staff ask me every morning if they still have a job, and I have no answer.
We are desperate for a decision, any decision.
I started selling after I lost my job in the pandemic, and this business saved us.
Nobody at Amazon seems to care that there are real people behind this account.
We beg you to reconsider, for the sake of our team.
My elderly parents depend on the money I make from this store.
The anxiety is so bad that I cannot concentrate on anything else.
We gave Amazon five years of loyalty, and this is how it ends?
I am writing this at three in the morning because I simply cannot sleep.
Please understand how much this business means to us.
It feels like the ground has been pulled from under our feet.
We have had to postpone our son's surgery because the funds are frozen.
This is devastating for a small company like ours.
I am so tired of fighting this alone.
If this is not resolved, we will have to close for good, and twelve people will lose their livelihoods.
We poured our hearts into every product we list.
Honestly, I feel like giving up.
Please do not let one mistake ruin a lifetime of work.
Our landlord has given us notice because we could not pay the rent.
My husband and I have been arguing every night since the account was suspended.
We are just ordinary people trying to make an honest living!
I have never felt so humiliated in my entire career.
You have no idea what this suspension has done to us.
We trusted Amazon completely, and now we feel abandoned.
Kindly show mercy on a poor small seller.
Christmas is coming and we cannot even buy presents for the kids.
Our baby was born last month and this could not have come at a worse time.
We are at breaking point.
I have already had to sell my car to keep the company afloat.
This account is my whole life.
I would never knowingly cheat a customer, it would go against everything I believe in.
The uncertainty is eating us alive.
It is heartbreaking to watch our reviews and rankings vanish day after day.
We are so sorry, so deeply sorry, please forgive us.
My team worked weekends for free to help us get through this.
There is nothing left in our bank account.
I am 64 years old and this business was supposed to be my retirement.
Please consider the human cost of this decision.
This suspension has taken away not just our income but our dignity.
Sir, with folded hands I request you to kindly restore my account, my whole family is depending on it.
We are honest people, and being treated like fraudsters hurts more than I can say.
Without this account I really don't know how we will survive the winter.
This was supposed to be the year we finally got out of debt.
I built this shop from my kitchen table while caring for my disabled son.
Each morning I open Seller Central hoping for good news, and each morning there is nothing.
Bitte, diese Firma ist alles, was wir haben.
Ich kann seit Wochen nicht mehr schlafen und weiß nicht mehr weiter.
Unsere Mitarbeiter haben Familien, und ich weiß nicht, wie ich ihnen das erklären soll.
Je vous en supplie, c'est toute notre vie qui est en jeu.
Nous avons investi toutes nos économies dans ce stock et nous risquons de tout perdre.
Mon mari est malade et cette suspension nous enfonce encore plus.
Por favor, tengan compasión, somos una pequeña empresa familiar.
Estamos desesperados, no sabemos qué más hacer.
Hemos pedido un préstamo para pagar las nóminas y ya no podemos más.
Vi prego, questo negozio è l'unica fonte di reddito della mia famiglia.
Siamo distrutti, abbiamo lavorato dieci anni per costruire tutto questo.
Non dormo da giorni e mia moglie piange ogni sera."""

NEUTRAL = """We take full responsibility for the late shipments recorded between 3 and 24 March.
We chose a carrier service without collection scans, which meant our tracking was not valid until the parcel reached the depot.
We have retained a compliance consultant to audit our listings against the Restricted Products policy every quarter.
Our lawyer reviewed our supplier contracts to confirm that each distributor is authorised by the brand owner.
We sincerely apologise for the inconvenience caused to the affected buyers.
Thank you for reviewing our plan of action.
Root cause: we listed returned units as New without a documented inspection step.
We refunded all 14 affected orders in full on 12 May 2024, without requiring the items to be returned.
From 1 June, every returned unit is placed on a separate shelf and can only be relisted as Used - Like New.
Our ODR rose to 1.8% because nine buyers received bottles that had leaked in our own packaging.
We did not check whether the supplier was an authorised distributor before placing the order.
The buyer's complaint was valid: the item we sent did not match the colour shown on the detail page.
We removed the 212 remaining units from Amazon's fulfilment centres on 4 April, as shown in Exhibit 3.
Our warehouse team did not follow the written procedure because we had never trained them on it, which is our responsibility.
All seven staff members completed a two-hour training session on Amazon's condition guidelines on 18 October.
We now buy exclusively from the three distributors listed in Exhibit 2, each of whom is authorised by the manufacturer.
We apologise for the listing errors and have corrected all of them.
A second employee now checks every listing against the brand's style guide before it is published.
Our handling time has been increased from one to two business days for all seller-fulfilled offers.
We switched from untracked letter post to Royal Mail Tracked 48 for all orders on 2 February.
Amazon's notice correctly identified that our bullet points showed another company's logo.
We did not respond to the buyer's message within 24 hours, which led to the A-to-z claim.
We have ended our contract with the prep centre and now carry out labelling in our own warehouse.
The supplier's invoices cover 1,450 units against 1,212 units sold in the last 365 days.
We hired an external accountant to ensure the legal entity name matches across our bank, tax and Seller Central records.
Each morning at 9:00 the shift lead reviews the Account Health dashboard and logs the metrics in a shared sheet.
We understand that offering used items as new harms buyer trust, and we have stopped doing so.
Our investigation found that 11 of the 17 complaints related to a single batch received on 2 August.
We removed the review request inserts from all packaging and destroyed the 3,000 remaining cards.
We should never have offered a discount in exchange for a review, and we have ended the programme.
The virtual assistant we employed had full admin rights, and granting those rights without oversight was our mistake.
We revoked all user permissions except the account owner's on 9 January and enabled two-step verification for every user.
Enclosed are the utility bill dated 14 November 2025 and the bank statement dated 2 December 2025.
The address on our business licence now matches the address registered in Seller Central.
We contacted each affected buyer through Buyer-Seller Messaging to offer a replacement or refund.
We appreciate the opportunity to address these issues.
Please find our supporting documents attached as Exhibits 1 to 5.
Our cancellation rate reached 4.1% because we did not sync inventory between Amazon and our own web shop.
Inventory is now synchronised every 15 minutes through a single inventory management system.
We set a safety buffer of two units on every SKU so that the last items cannot be oversold.
We have read the Seller Code of Conduct and the Selling Partner Support guidelines in full.
We opened more than 40 cases about the same shipment in two weeks, which was an inappropriate use of Selling Partner Support.
From now on, one named person is responsible for all contacts with Selling Partner Support, and each issue is raised once.
We were not aware of the requirement for a Declaration of Conformity, and we should have checked before listing.
The manufacturer has issued an EU Declaration of Conformity and test reports to EN 71-1, 71-2 and 71-3, attached as Exhibit 4.
We have engaged a product compliance lawyer to review the labelling of all 38 ASINs before they are relisted.
Every new product now goes through a compliance checklist covering certificates, labels, warnings and the responsible person.
We confirm that all inventory of the affected ASIN has been removed and disposed of.
Our late shipment rate was 6.3% over the 30-day window ending 14 July.
Most late orders were placed on Friday evenings, when our warehouse had no staff until Monday.
We now have a Saturday shift that dispatches all orders received before 2 p.m.
We purchase shipping labels through Buy Shipping so that tracking is uploaded automatically.
We failed to confirm shipment on the day of dispatch, so the confirmations were recorded a day late.
We confirmed 23 orders as shipped before the parcels were collected, which was against policy.
Shipment confirmation is now triggered only by the carrier's collection scan, not by label printing.
Thank you for your time and consideration.
Kind regards, Sandeep Rao, Operations Manager
The copyrighted images were taken from the rights owner's website by our own designer, and we did not check the licence.
All images in our catalogue are now either our own photographs or supplied with a written licence that we keep on file.
We have contacted the rights owner, apologised and asked them to consider retracting the complaint.
The rights owner has sent a retraction to notice-retraction@amazon.com, and a copy of their email is attached.
We ordered from a wholesaler we found on a B2B website without verifying its authorisation.
Our supplier, Brightwell Trading Ltd, is listed on the brand's website as an authorised distributor.
Our negative feedback rate was driven by our slow replies to buyer messages during the holiday period.
We now answer all buyer messages within 12 hours, seven days a week.
We accept that the descaler should not have been listed without the required safety data sheet.
The units were stored in our garage without humidity control, which caused the labels to peel.
Amazon's guidance on the condition of new items is now part of our staff handbook.
We understand why the buyer was disappointed, and we have refunded the order.
The carrier collected the parcels on time; the delay came from our own late labelling.
We misread the manufacturer's size chart and listed the product one size too large.
A total of 312 orders were shipped in this period, of which 19 were confirmed late.
We accept the decision on the two ASINs and have closed those listings permanently.
We have changed our feedback process so that we only use the Request a Review button.
We sent messages asking buyers to change negative feedback, which we now understand is prohibited.
All templates that mentioned feedback or reviews have been deleted from our messaging tool.
Our business is registered at Unit 4, Harlow Business Park, and all documents now show this address.
We had a second account registered in 2019 that we forgot to close when we merged the two businesses.
We have closed the second account and will operate only this account going forward.
Our appeal includes the ID documents of both directors, as requested.
We now keep a monthly record of all invoices by ASIN for at least 12 months.
The distributor has confirmed in writing that Amazon may contact them to verify the invoices.
We apologise for the oversight and for the time your team has spent on this case.
The A-to-z claims followed our decision to send replacement parcels without tracking.
We offered free returns for a faulty batch but did not remove the listing quickly enough.
Our quality check now includes opening one unit from every carton of each inbound shipment.
In total, 1,140 units were inspected and 26 were rejected and returned to the supplier.
We worked with a consultant to rewrite our plan of action, and every statement in it is backed by an attached document.
The product title contained the brand name of another manufacturer, which we have now removed.
Our search terms included competitor brand names, and we have cleared them from all 64 listings.
We created a separate ASIN for each bundle instead of adding it as a variation to an existing listing.
We should not have merged unrelated products into one variation family to combine their reviews.
The variation family was split back into individual listings on 7 August.
We will audit our entire catalogue against the variation policy every month.
We recognise that the price of $89.99 was far above the recent price for the same item and was set in error.
Our repricing rules now include a maximum price equal to the list price.
We sent the wrong variant to 8 buyers because two SKUs had the same barcode in our warehouse system.
Each SKU now has a unique FNSKU label, and the pickers scan every item before packing.
The courier now collects from our warehouse twice a day, at 11:00 and 16:00.
We reviewed all 1,900 orders from the last 90 days to find any other affected buyers.
We have appointed an EU Responsible Person for all products sold in the EU.
Safety warnings in German, French, Italian and Spanish are now printed on every package.
We are grateful for the clear guidance in your notice.
If any further documents are required, we will provide them promptly.
Buyers who contacted us about the missing parts received a full refund within 24 hours.
Our previous process relied on the supplier's own quality check, and we did not verify it ourselves.
We now inspect a sample of 10% of each batch on arrival.
We have stopped selling the product until the manufacturer's new test report is available.
The manufacturer's test report dated 3 March 2025 confirms compliance with EN 14682.
We set the transit time in our shipping template to one day instead of three, so the promised delivery date was too early.
The delivery promise now uses the carrier's published transit times plus one day.
Our on-time delivery rate has been above 97% for the last 21 days (Exhibit 2).
We understand that Amazon needs to protect customers, and we support that goal.
Our team has completed the Seller University modules on product authenticity.
We cannot provide invoices for the 34 units bought from a retail store, so we have removed them from sale.
We now understand that retail receipts are not acceptable proof of authenticity.
We disposed of 34 units on 22 March; the removal order is shown in Exhibit 5.
Preventive measures: monthly supplier review, invoice archive, quarterly listing audit.
Corrective actions taken: refunded buyers, removed stock, closed the listing.
We gave our former VA full access without any review of her work, and that gap in our controls is ours to fix.
We reviewed our Account Health page with an Account Health Services specialist on 4 September.
The product was in a restricted category, and we listed it without applying for approval.
We have applied for category approval and will not list any product in this category until it is granted.
All 27 listings of CBD-containing cosmetics were deleted on 15 January.
We bought from the same supplier for four years and did not re-verify their authorisation when the brand changed distributors.
Attached is a letter of authorisation from Kellner Haushaltswaren GmbH, valid until December 2026.
Our returns team now photographs every returned item before grading it.
We set up a daily alert for any new negative feedback or A-to-z claim.
The plan above covers all four ASINs listed in your notice.
We respectfully request that you reinstate our selling privileges.
We acknowledge that the buyer received a damaged item and that our packaging was not strong enough.
We now use double-walled cartons and air pillows for all glass products.
Our mistake was to rely on a single member of staff for all shipping tasks.
We trained two further employees to handle dispatch so that orders ship even when someone is absent.
We are sorry that buyers had a poor experience with our service.
Chargebacks were raised on 5 orders where we had not given the buyer's bank proof of delivery in time.
We now respond to every chargeback notification within 48 hours with proof of delivery.
Our listing incorrectly stated "dishwasher safe", and we have removed that claim.
Following the notice, we audited 480 active listings and corrected 37 of them.
We have invited Amazon to verify our supplier directly using the contact details on the invoice.
All corrective actions were completed by 30 April 2026.
This plan of action addresses the inauthentic complaints on ASIN B0C4XK29PL.
Our goal is to meet every Amazon performance target and to give buyers a reliable experience.
We have updated our internal procedures and documented them in a written SOP (Exhibit 6).
We were wrong to ship items marked New that had been opened for testing.
The missing units were due to our own counting error, not to any loss at the fulfilment centre.
Kindly find attached the tax invoices from our distributor for the last 365 days.
We have done the training of all packing staff regarding the condition guidelines on 5th May.
Our negative feedback mostly came from buyers who waited more than a week, and that waiting time was caused by our own stock-outs.
We now print the packing slip only after the item has been scanned and checked against the order.
Dear Seller Performance Team, please find below our plan of action for the deactivation of our account.
We reviewed the buyer's photos and agree that the seal on the box had been broken before dispatch.
Our supplier has replaced the faulty batch, and we inspected every replacement unit before sending it to the fulfilment centre.
Wir übernehmen die volle Verantwortung für die verspäteten Lieferungen im März.
Seit dem 1. Juni prüfen zwei Mitarbeiter jede Retoure, bevor sie wieder eingelagert wird.
Wir haben alle 18 betroffenen Bestellungen vollständig erstattet.
Die Rechnungen unseres Lieferanten sind als Anlage 1 beigefügt, die ASINs sind markiert.
Wir haben einen Fachanwalt für Produktsicherheit beauftragt, unsere Kennzeichnung zu prüfen.
Vielen Dank für Ihre Zeit und die Prüfung unseres Maßnahmenplans.
Der Versanddienstleister holt die Pakete jetzt zweimal täglich ab, und jede Sendung wird beim Verladen gescannt.
Nous reconnaissons avoir vendu comme neufs des articles retournés par des clients.
Tous les articles retournés sont désormais inspectés et vendus uniquement en état « comme neuf ».
Nous avons remboursé intégralement les 12 commandes concernées le 4 mars.
Nous vous remercions de l'attention portée à notre dossier.
Un consultant en conformité vérifie chaque nouvelle fiche produit avant sa mise en ligne.
Notre erreur a été de ne pas vérifier que le fournisseur était un distributeur agréé.
Le transporteur scanne désormais chaque colis au moment de l'enlèvement.
Asumimos toda la responsabilidad por los envíos confirmados antes de su recogida.
Hemos eliminado los 42 anuncios que incluían marcas de terceros en los términos de búsqueda.
Adjuntamos las facturas del proveedor de los últimos 365 días (Anexo 2).
Pedimos disculpas a los clientes afectados y les hemos ofrecido un reembolso completo.
A partir de ahora, cada producto nuevo se revisa con una lista de control de cumplimiento.
Gracias por revisar nuestro plan de acción.
No comprobamos la autorización del distribuidor antes de comprar, y ese fue nuestro error.
Ci assumiamo la piena responsabilità per il tasso di cancellazione superiore al 2,5%.
L'inventario viene ora sincronizzato ogni 15 minuti tra Amazon e il nostro negozio online.
Abbiamo formato tutto il personale di magazzino sulle linee guida relative alle condizioni degli articoli.
Restiamo a disposizione per qualsiasi ulteriore informazione.
Le fatture del fornitore autorizzato sono allegate come Allegato 1.
Il corriere ritira ora i pacchi due volte al giorno e ogni spedizione viene tracciata."""

rows = []
for label, block in (("blame", BLAME), ("threat", THREAT), ("emotive", EMOTIVE), ("neutral", NEUTRAL)):
    for line in block.strip().split("\n"):
        s = line.strip()
        assert s and "\t" not in s, line
        rows.append((label, s))
from collections import Counter
print(Counter(l for l, _ in rows))
random.Random(20261206).shuffle(rows)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sentences.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("label\tsentence\n")
    for l, s in rows:
        f.write(f"{l}\t{s}\n")
