export declare const SharePointAppId = "00000003-0000-0ff1-ce00-000000000000";
