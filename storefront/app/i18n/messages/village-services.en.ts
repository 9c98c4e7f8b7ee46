import type { villageServicesId } from './village-services.id';

/** Services per village (decision 021): choosing a village, adoption of templates. */
export const villageServicesEn: Record<keyof typeof villageServicesId, string> = {
  'svc.village.choose': 'Village',
  'svc.village.show': 'Show',
  'svc.village.offered': 'Services of {name}',
  'svc.village.none': 'This village offers no online services yet.',
  'svc.village.notOffered':
    'The chosen village does not offer this service. Choose another village or see its services.',
  'svc.village.applyTo': 'Sent to the office of {name}',
  'svc.village.noVillage': 'Your account does not work for any village yet.',
  'svc.adopt.title': 'Services this village offers',
  'svc.adopt.templates': 'Regency templates not offered yet',
  'svc.adopt.adopt': 'Offer',
  'svc.adopt.withdraw': 'Withdraw service',
  'svc.adopt.confirmWithdraw': 'Yes, withdraw this service',
  'svc.adopt.withdrawNote': 'Citizens can no longer apply for it; requests already made go on.',
  'svc.adopt.withdrawn': 'Withdrawn',
  'svc.adopt.readopt': 'Offer again',
  'svc.adopt.adjust': 'Adjust',
  'svc.adopt.save': 'Save',
  'svc.adopt.template': 'template: {value}',
  'svc.adopt.fee': 'Fee (Rp; empty = as the template)',
  'svc.adopt.sla': 'Promised time (working hours; empty = as the template)',
  'svc.adopt.office': 'Office (empty = as the template)',
  'svc.adopt.extra': 'Extra requirements (one per line)',
  'svc.adopt.own': "The village's own service",
  'svc.adopt.curate': 'Templates and village services',
  'svc.new.template': 'Regency template (any village can adopt it)',
};
