variable "aws_euc1_cidr" {
  description = "Address block of AWS EU (Frankfurt)"
  type        = string
  default     = "10.85.176.0/20"
}

variable "aws_euc1_transit_cidr" {
  description = "Transit block of AWS EU (Frankfurt) (TGW attachment subnets)"
  type        = string
  default     = "10.85.190.0/23"
}

variable "aws_euc1_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Frankfurt)"
  type        = map(string)
  default = {
    mgmt     = "10.85.188.0/24"
    clinical = "10.85.176.0/24"
    records  = "10.85.189.0/24"
    staff    = "10.85.177.0/24"
  }
}

variable "aws_euc1_asn" {
  description = "Amazon-side ASN of the AWS EU (Frankfurt) transit gateway"
  type        = number
  default     = 4245447029
}

variable "hub_fra_cidr" {
  description = "Address block of Frankfurt colocation hub"
  type        = string
  default     = "10.67.32.0/20"
}

variable "aws_euw3_cidr" {
  description = "Address block of AWS EU (Paris)"
  type        = string
  default     = "10.69.80.0/20"
}

variable "aws_euw3_transit_cidr" {
  description = "Transit block of AWS EU (Paris) (TGW attachment subnets)"
  type        = string
  default     = "10.69.94.0/23"
}

variable "aws_euw3_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Paris)"
  type        = map(string)
  default = {
    mgmt     = "10.69.92.0/24"
    clinical = "10.69.80.0/24"
    records  = "10.69.93.0/24"
    staff    = "10.69.81.0/24"
  }
}

variable "aws_euw3_asn" {
  description = "Amazon-side ASN of the AWS EU (Paris) transit gateway"
  type        = number
  default     = 4201064603
}

variable "hub_ams_cidr" {
  description = "Address block of Amsterdam colocation hub"
  type        = string
  default     = "10.75.96.0/20"
}

variable "hub_fra_asn" {
  description = "BGP ASN of Frankfurt colocation hub"
  type        = number
  default     = 65201
}

variable "fra_dx_dx_connection_id" {
  description = "Direct Connect connection (dxcon-…) that carries fra-dx, ordered from the location or partner"
  type        = string
}

variable "fra_dx_vlan" {
  description = "VLAN of the transit virtual interface of fra-dx"
  type        = number
}

variable "fra_dx_bgp_auth_key" {
  description = "BGP MD5 key of fra-dx"
  type        = string
  sensitive   = true
}

variable "hub_ams_asn" {
  description = "BGP ASN of Amsterdam colocation hub"
  type        = number
  default     = 65202
}

variable "ams_dx_dx_connection_id" {
  description = "Direct Connect connection (dxcon-…) that carries ams-dx, ordered from the location or partner"
  type        = string
}

variable "ams_dx_vlan" {
  description = "VLAN of the transit virtual interface of ams-dx"
  type        = number
}

variable "ams_dx_bgp_auth_key" {
  description = "BGP MD5 key of ams-dx"
  type        = string
  sensitive   = true
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone for service records"
  type        = string
}

variable "ehr_record_name" {
  description = "DNS name of Electronic health records, e.g. ehr.example.com"
  type        = string
}

variable "ehr_aws_euc1_endpoint" {
  description = "Host name of Electronic health records in AWS EU (Frankfurt) (its load balancer)"
  type        = string
}

variable "ehr_aws_euw3_endpoint" {
  description = "Host name of Electronic health records in AWS EU (Paris) (its load balancer)"
  type        = string
}
