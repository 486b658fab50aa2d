
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'base.invalid.many': str`The plan has ${0} problems:`,
'base.invalid.more': str`… and ${0} more.`,
'base.invalid.one': `The plan has one problem:`,
'base.invalid.root': `(the whole plan)`,
'base.invalid.title': `The plan cannot be shown`,
'base.unknownUser': `unknown user`,
    };
  